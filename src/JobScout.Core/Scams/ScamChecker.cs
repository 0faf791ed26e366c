using System.Text.RegularExpressions;

namespace JobScout.Core.Scams;

/// <summary>
/// Reads a recruiter message, e-mail or link for the warning signs of job scams that impersonate AI-training
/// platforms, says which platform it claims to be from and how that platform really contacts people.
/// </summary>
public static class ScamChecker
{
    private const decimal TooGoodHourly = 100m;
    private const decimal TooGoodExpertHourly = 250m;
    private static readonly string[] FreeMail = ["gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "proton.me", "protonmail.com", "icloud.com", "aol.com", "gmx.com", "mail.com"];
    private static readonly string[] Strong = ["lookalike-domain", "upfront-payment", "check-deposit", "crypto-payment", "id-before-contract"];

    public static ScamReport Check(string message, PlatformRegistry? registry = null)
    {
        registry ??= PlatformRegistry.Default;
        var signals = ContentSignals(message, registry, out var imitated);
        var hourly = MessageSignals.HighestHourly(message);
        Add(signals, hourly > (MessageSignals.ExpertWork(message) ? TooGoodExpertHourly : TooGoodHourly), "pay-too-good",
            $"It promises about ${hourly:0}/hour. Rating and annotation work pays far less; a figure this high is bait.");
        Add(signals, MessageSignals.Sentences(message).Any(MessageSignals.Pressure), "pressure", "It pushes you to act within hours. Real platforms give you days.");
        var claimed = ClaimedPlatform(message, registry, imitated);
        var freeMail = MessageSignals.EmailDomains(message).FirstOrDefault(FreeMail.Contains);
        Add(signals, freeMail is not null && (claimed is not null || Recruiter().IsMatch(message)), "free-email-domain",
            $"A company recruiter writing from a {freeMail} address. Platforms write from their own domains.");

        var verdict = signals.Any(s => Strong.Contains(s.Id)) || signals.Count >= 2 ? ScamReport.LikelyScam
            : signals.Count == 1 ? ScamReport.Caution
            : ScamReport.NoWarningSigns;
        return new ScamReport(verdict, claimed?.Id, signals) { HowThePlatformContacts = claimed?.Contact };
    }

    /// <summary>
    /// The warning signs of a crawled listing: the message signs that hold for a job ad (pay is judged on the parsed pay and
    /// "apply today" is ordinary there), and any free-mail address to send applications to.
    /// </summary>
    public static IReadOnlyList<ScamSignal> ListingSignals(string text, string? applyUrl, PlatformRegistry? registry = null)
    {
        var host = Uri.TryCreate(applyUrl, UriKind.Absolute, out var uri) ? uri.Host : null;
        var signals = ContentSignals(host is null ? text : text + "\n" + host, registry ?? PlatformRegistry.Default, out _);
        var freeMail = MessageSignals.EmailDomains(text).FirstOrDefault(FreeMail.Contains);
        Add(signals, freeMail is not null, "free-email-domain",
            $"It asks for applications at a {freeMail} address. Companies that hire for this work use their own domains.");
        return signals;
    }

    /// <summary>The signs that read the same in a message and in a listing: lookalike domains and what the text asks of you.</summary>
    private static List<ScamSignal> ContentSignals(string text, PlatformRegistry registry, out string? imitated)
    {
        var signals = new List<ScamSignal>();
        imitated = null;
        foreach (var domain in MessageSignals.Domains(text).Concat(MessageSignals.EmailDomains(text)).Distinct())
        {
            if (DomainLookalikes.Imitates(domain, registry) is { } official && !FreeMail.Contains(domain))
            {
                imitated ??= official;
                signals.Add(new("lookalike-domain", $"“{domain}” imitates the official {official}, but it is not it: scammers register names one letter, word or ending away."));
            }
        }

        var sentences = MessageSignals.Sentences(text).ToList();
        Add(signals, sentences.Any(MessageSignals.OffPlatform), "off-platform-contact",
            "It moves the conversation to Telegram, WhatsApp or Signal. Platforms hire through their own sites and e-mail, not chat apps.");
        Add(signals, sentences.Any(MessageSignals.UpfrontPayment), "upfront-payment",
            "It asks you to pay (a fee, a deposit, or equipment from them). Real AI-training work never costs money to start.");
        Add(signals, sentences.Any(MessageSignals.CheckDeposit), "check-deposit",
            "It involves depositing a check. Fake checks bounce days later, after you have sent money on.");
        Add(signals, sentences.Any(MessageSignals.Crypto), "crypto-payment",
            "It asks for crypto, a wallet, or a “recharge” to unlock tasks: the mark of task scams.");
        Add(signals, sentences.Any(MessageSignals.IdDocuments), "id-before-contract",
            "It asks for ID documents or bank details by message, before any contract. Platforms verify identity inside their own onboarding, after an offer.");
        return signals;
    }

    private static void Add(List<ScamSignal> signals, bool found, string id, string explanation)
    {
        if (found)
        {
            signals.Add(new ScamSignal(id, explanation));
        }
    }

    /// <summary>The platform the message names (by name, alias or domain, or the one its lookalike domain imitates).</summary>
    private static Platform? ClaimedPlatform(string message, PlatformRegistry registry, string? imitated)
    {
        if (imitated is not null)
        {
            return registry.OwnerOf(imitated);
        }

        foreach (var platform in registry.Platforms)
        {
            // Names as written (so "a prolific writer" is not Prolific); domains in any case.
            var byName = platform.Aliases.Prepend(platform.Name).Any(n => Mentions(message, n, RegexOptions.None));
            if (byName || platform.Domains.Any(d => Mentions(message, d, RegexOptions.IgnoreCase)))
            {
                return platform;
            }
        }

        return null;
    }

    private static bool Mentions(string message, string name, RegexOptions options) =>
        Regex.IsMatch(message, $@"(?<![\w.-]){Regex.Escape(name)}(?![\w-])", options | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static Regex Recruiter() => new(@"\b(recruiter|recruitment|hr|hiring (team|manager)|talent)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
}
