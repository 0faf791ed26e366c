using System.Globalization;
using System.Text.RegularExpressions;
using JobScout.Core.Text;

namespace JobScout.Core.Scams;

/// <summary>
/// The text patterns behind each warning sign. Each is read per sentence, and a sentence that negates it ("we never
/// ask for a fee", "we will never message you on WhatsApp") does not count.
/// </summary>
internal static partial class MessageSignals
{
    public static IEnumerable<string> Sentences(string text) => TextSentences.Split(text);

    public static bool OffPlatform(string s) => Affirmed(OffPlatformContact(), s);

    public static bool UpfrontPayment(string s) => Affirmed(Fee(), s) || Affirmed(BuyEquipment(), s);

    public static bool CheckDeposit(string s) => Affirmed(Cheque(), s);

    public static bool Crypto(string s) => Affirmed(CryptoWords(), s);

    public static bool IdDocuments(string s) => Affirmed(IdWords(), s) && SendVerb().IsMatch(s) && !OfficialPortal().IsMatch(s);

    public static bool Pressure(string s) => Affirmed(PressureWords(), s);

    /// <summary>A match that no negation in the few words before it (same clause) takes back.</summary>
    private static bool Affirmed(Regex pattern, string sentence) => pattern.Matches(sentence).Any(match =>
    {
        var before = sentence[Math.Max(0, match.Index - 45)..match.Index];
        var clauseStart = before.LastIndexOfAny([',', ';', ':', '(', '!', '?']);
        return !Negation().IsMatch(clauseStart >= 0 ? before[(clauseStart + 1)..] : before);
    });

    /// <summary>The highest pay the message promises, as an hourly figure (a day counts 8 hours, a week 40).</summary>
    public static decimal? HighestHourly(string text)
    {
        decimal? best = null;
        foreach (Match match in Money().Matches(text))
        {
            var amount = decimal.Parse(match.Groups["amount"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var per = match.Groups["per"].Value.ToLowerInvariant();
            var hourly = per.StartsWith('d') ? amount / 8 : per.StartsWith('w') ? amount / 40 : amount;
            best = best is null || hourly > best ? hourly : best;
        }

        return best;
    }

    public static bool ExpertWork(string text) => Expert().IsMatch(text);

    public static IEnumerable<string> Domains(string text) =>
        DomainPattern().Matches(text).Select(m => m.Groups["domain"].Value.ToLowerInvariant().TrimEnd('.')).Distinct();

    public static IEnumerable<string> EmailDomains(string text) =>
        Email().Matches(text).Select(m => m.Groups["domain"].Value.ToLowerInvariant()).Distinct();

    [GeneratedRegex(@"\b(never|not|no|don't|do not|won't|will not|cannot|can't|isn't|without|free of charge)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(telegram|whats\s?app|wa\.me|t\.me/|wechat|google hangouts)|\b(on|via|through|add me on|download|message me on|text me on)\s+Signal\b|\bSignal\s+(app|messenger|chat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OffPlatformContact();

    [GeneratedRegex(@"\b(registration|training|onboarding|certification|application|processing|activation|starter|membership|account|security|refundable)\s+(fee|deposit|charge|cost|kit)s?\b|\b(equipment|materials?)\s+fees?\b|\bstarter kits?\b|\bupfront (payment|fee|cost)s?\b|\bpay for (your )?(own )?(training|equipment|starter kit|course|certification)\b|\b(pay|send|transfer)\s+(a|the|us|\$|USD|€|£)?\s*\$?\d*\s*(fee|deposit)\b|\bfee of\b|\bdeposit of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fee();

    [GeneratedRegex(@"\b(buy|purchase|order)\b.{0,40}\b(laptop|equipment|software|license|licence|headset|kit|computer)\b.{0,60}\b(from|through|via|our|approved vendor|supplier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BuyEquipment();

    [GeneratedRegex(@"\b(check|cheque)\b.{0,80}\b(deposit|cash|mobile deposit|bank app)\b|\bcashier'?s (check|cheque)\b|\b(mail|send) you a (check|cheque)\b|\b(deposit|cash)\b.{0,60}\b(check|cheque)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cheque();

    [GeneratedRegex(@"\b(usdt|bitcoin|btc|ethereum|crypto(currency)?|binance|coinbase|trust wallet|wallet address|recharge|re-charge|top[\s-]?up|tether|trc-?20)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CryptoWords();

    [GeneratedRegex(@"\b(passport|driver'?s licen[cs]e|social security|ssn|national id|id card|photo id|copy of your id|selfie|bank (login|password)|online banking|routing number|card number|pin)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IdWords();

    [GeneratedRegex(@"\b(send|upload|reply|attach|share|provide|submit|forward|text|email|e-mail)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SendVerb();

    [GeneratedRegex(@"\b(dashboard|portal|in the app|your account settings|official onboarding|verification partner|persona|onfido)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficialPortal();

    [GeneratedRegex(@"\b(expires?|ends?|closes?)\s+in\s+\d+\s*(hours?|hrs?|minutes?|mins?)\b|\bonly\s+\d+\s+(spots?|places?|seats?|positions?)\b|\b(act|reply|respond|apply)\s+(now|immediately|asap|right away|today)\b|\bwithin\s+(the next\s+)?\d+\s*(hours?|hrs?|minutes?)\b|\b(reply|respond|text)\b.{0,12}\b(now|immediately|asap)\b|\b(close|closes|closing|end|ends|expires?)\s+(tonight|today|at midnight)\b|\burgent(ly)?\b|\btoday only\b|\blast chance\b", RegexOptions.IgnoreCase)]
    private static partial Regex PressureWords();

    [GeneratedRegex(@"[$€£]\s?(?<amount>\d[\d,]*(\.\d+)?)\s*(usd|dollars)?\s*(/|per|an|a|each)\s*(?<per>hour|hr|h\b|day|week)", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(phd|md|jd|physician|doctor|attorney|lawyer|senior (software )?engineer|professor|specialist physician)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Expert();

    [GeneratedRegex(@"(?<![@\w.-])(?:https?://)?(?<domain>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|ai|co|net|org|io|tech|work|jobs|app|xyz|info|biz|online|site|us|uk|top|live|pro|me|careers|support))(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"[\w.+-]+@(?<domain>[\w-]+(\.[\w-]+)+)")]
    private static partial Regex Email();
}
