using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using JobScout.Core.Listings;

namespace JobScout.Core.Pay;

/// <summary>
/// Reads pay from free text such as "$41.50/hour", "Up to $65/hr", "$80k - $110k salary", "CAD $30/hour",
/// "$120-150k", "19.420€ yearly gross" or "US$ 6 a US$ 65 por hora". The first figure with a currency wins; a figure
/// without one counts only when nothing in the text has a currency and it has a unit.
/// </summary>
public static partial class PayTextParser
{
    private const int MaxTextLength = 2000;

    public static PayRange? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            return null;
        }

        PayRange? withoutCurrency = null;
        foreach (Match match in AmountPattern().Matches(text))
        {
            var read = Read(text, match);
            if (read is { Currency: not null })
            {
                return read;
            }

            withoutCurrency ??= read;
        }

        return withoutCurrency;
    }

    private static PayRange? Read(string text, Match match)
    {
        var marker = CurrencyGroups.Select(g => match.Groups[g].Value).FirstOrDefault(v => v.Length > 0) ?? "";
        var firstK = match.Groups["ka"].Length > 0;
        var secondK = match.Groups["kb"].Length > 0;
        if (Magnitude().IsMatch(text.AsSpan(match.Index + match.Length)))
        {
            return null; // "$500M in revenue", "INR 10 lakh": company figures, not pay
        }

        var first = ReadAmount(match.Groups["a"].Value, firstK);
        var second = match.Groups["b"].Success ? ReadAmount(match.Groups["b"].Value, secondK) : null;
        if (first is null or 0)
        {
            return null; // "~0k", "$0" are placeholders, not pay
        }

        // "$120-150k", "$90 -110K": the thousands mark written once covers both figures.
        if (secondK && !firstK && second is { } high && first < 1000 && first * 1000 <= high)
        {
            first *= 1000;
        }

        // The unit follows the figure closely ("$20/hour", "$0.50 per task"); later words belong to other sentences.
        var window = text.Substring(match.Index, Math.Min(text.Length - match.Index, match.Length + 40));
        var interval = IntervalOf(window, Math.Max(first.Value, second ?? 0), firstK || secondK);
        if (marker.Length == 0 && interval is null)
        {
            return null; // a bare number with neither currency nor unit is not pay
        }

        // Without a unit, small figures are hourly rates and middling ones ("556€-850€") monthly pay.
        interval ??= Math.Max(first.Value, second ?? 0) >= SmallestMonthly ? PayInterval.Month : PayInterval.Hour;
        var currency = CurrencyOf(marker, text);
        var upTo = UpToPattern().IsMatch(text[..match.Index]);

        decimal? min = upTo && second is null ? null : first;
        var max = second ?? first;
        if (min is { } low && max is { } top && low > top)
        {
            (min, max) = (top, low);
        }

        return new PayRange(min, max, currency, interval,
            PayInterval.ToHourly(min, interval), PayInterval.ToHourly(max, interval), text.Trim());
    }

    private const decimal SmallestMonthly = 200m;

    private static readonly string[] CurrencyGroups = ["cur1", "cur2", "cur3", "cur4"];

    // No real pay figure, even a yearly one in yen or rupees, comes near a billion; longer digit runs are ids or noise.
    private const decimal LargestAmount = 1_000_000_000m;

    private static decimal? ReadAmount(string digits, bool thousands)
    {
        var normalized = NormalizeDigits(digits, thousands);
        if (!decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value > LargestAmount)
        {
            return null;
        }

        var amount = thousands ? value * 1000 : value;
        return amount > LargestAmount ? null : amount;
    }

    // "52,000" and "19.420" group thousands; "31,2k" and "41,50" are decimal commas; "41.50" a decimal point.
    private static string NormalizeDigits(string digits, bool thousands)
    {
        if (GroupedByCommas().IsMatch(digits))
        {
            return digits.Replace(",", "", StringComparison.Ordinal);
        }

        if (GroupedByDots().IsMatch(digits))
        {
            return digits.Replace(".", "", StringComparison.Ordinal);
        }

        return digits.Contains(',', StringComparison.Ordinal) && (thousands || DecimalComma().IsMatch(digits))
            ? digits.Replace(',', '.')
            : digits.Replace(",", "", StringComparison.Ordinal);
    }

    private static string? CurrencyOf(string marker, string text)
    {
        var code = marker.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        return code switch
        {
            "$" or "USD" or "US$" or "USD$" or "$USD" => "USD",
            "€" or "EUR" or "EUR€" => "EUR",
            "£" or "GBP" or "GBP£" => "GBP",
            "CAD" or "C$" or "CA$" or "CAD$" or "$CAD" => "CAD",
            "AUD" or "A$" or "AU$" or "AUD$" or "$AUD" => "AUD",
            "INR" or "₹" => "INR",
            "¥" or "JPY" => "JPY",
            "R$" or "BRL" => "BRL",
            "" => text.Contains("USD", StringComparison.OrdinalIgnoreCase) ? "USD" : null,
            _ => code.Length == 3 && code.All(char.IsAsciiLetter) ? code : null,
        };
    }

    private static string? IntervalOf(string rest, decimal amount, bool thousands)
    {
        var lower = rest.ToLowerInvariant();
        foreach (var (pattern, interval) in IntervalWords)
        {
            if (pattern.IsMatch(lower))
            {
                return interval;
            }
        }

        // "$80k - $110k" with no unit is a salary.
        return thousands || amount >= 10000 ? PayInterval.Year : null;
    }

    private static readonly (Regex Pattern, string Interval)[] IntervalWords =
    [
        (Interval(@"(/|\bper|\ban?)\s*(audio\s+)?(\d+\s+)?(task|item|unit|submission|question|annotation|minute|image|word|page|record|clip|video|encounter)s?\b"), PayInterval.Task),
        (Interval(@"(/\s*h\b|/\s*hr|hour|hourly|\bph\b|por hora|par heure|de l'heure|pro stunde|/\s*std|stündlich|per uur)"), PayInterval.Hour),
        (Interval(@"(/\s*day|per day|daily|a day|por día|par jour|pro tag)"), PayInterval.Day),
        (Interval(@"(/\s*w(ee)?k|per week|weekly|a week|por semana|par semaine|pro woche)"), PayInterval.Week),
        (Interval(@"(/\s*mo|per month|monthly|a month|por mes|mensual|par mois|mensuel|pro monat|monatlich|brutto monat)"), PayInterval.Month),
        (Interval(@"(/\s*y(ea)?r|per year|yearly|annual|annually|salary|a year|\bote\b|\bp\.?a\.?\b|per annum|por año|anual|par an|annuel|pro jahr|jährlich|jahresgehalt|brutto)"), PayInterval.Year),
    ];

    private static Regex Interval(string pattern) => new(pattern, RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    private const string Figure = @"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?";
    private const string Marker = @"(?:USD|CAD|AUD)\s?\$|\$\s?(?:USD|CAD|AUD)\b|US\$|AU\$|C\$|CA\$|A\$|R\$|[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|INR|JPY|BRL|CHF|SEK|NOK|DKK|PLN|MXN|NZD|SGD|ZAR)\b";

    [GeneratedRegex(@"(?<cur1>" + Marker + @")?\s*(?<a>" + Figure + @")\s*(?<ka>[kK](?![a-zA-Z]))?\s*(?<cur2>USD|EUR|GBP|CAD|AUD|€|£)?(?:\s*/\s*(?:hours?|hr|h|years?|yr|months?|mo|weeks?|wk)\b)?\s*(?:(?:-|–|—|â\u0080[\u0093\u0094]|to|and|a|à|bis|und|até|hasta|y|et)\s*(?<cur3>" + Marker + @")?\s*(?<b>" + Figure + @")\s*(?<kb>[kK](?![a-zA-Z]))?\s*(?<cur4>USD|EUR|GBP|CAD|AUD|€|£)?)?",
        RegexOptions.IgnoreCase)]
    private static partial Regex AmountPattern();

    // Currency signs and codes, found with one vectorized search: most text names no money, and must be passed over fast.
    private static readonly SearchValues<string> CurrencyMarks = SearchValues.Create(
        ["$", "€", "£", "¥", "₹", "USD", "EUR", "GBP", "CAD", "AUD", "INR", "JPY", "BRL", "CHF", "SEK", "NOK", "DKK", "PLN", "MXN", "NZD", "SGD", "ZAR"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the text names any currency at all; text that does not holds no pay a reader could trust.</summary>
    public static bool MentionsCurrency(string text) => CurrencyPositions(text).Any();

    /// <summary>Where the text names a currency (a sign, or a code standing as a word), in order.</summary>
    public static IEnumerable<int> CurrencyPositions(string text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var found = text.AsSpan(offset).IndexOfAny(CurrencyMarks);
            if (found < 0)
            {
                yield break;
            }

            var at = offset + found;
            var length = char.IsAsciiLetter(text[at]) ? 3 : 1;
            if (length == 1 || IsWord(text, at, length))
            {
                yield return at;
            }

            offset = at + length;
        }
    }

    private static bool IsWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length >= text.Length || !char.IsLetter(text[at + length]));

    [GeneratedRegex(@"\bup\s+to\s*(?:" + Marker + @")?\s*$|\bupto\s*$|\bbis zu\s*$|\bhasta\s*$|\bjusqu'à\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UpToPattern();

    [GeneratedRegex(@"^\s?[-–]?\s?\d*\s?(m|mm|mn|b|bn|million|billion|lakhs?|crores?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Magnitude();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d{1,2})?$")]
    private static partial Regex GroupedByCommas();

    [GeneratedRegex(@"^[1-9]\d{0,2}(\.\d{3})+(,\d{1,2})?$")]
    private static partial Regex GroupedByDots();

    [GeneratedRegex(@"^\d+,\d{1,2}$")]
    private static partial Regex DecimalComma();
}
