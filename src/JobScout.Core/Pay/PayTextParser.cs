using System.Globalization;
using System.Text.RegularExpressions;
using JobScout.Core.Listings;

namespace JobScout.Core.Pay;

/// <summary>Reads pay from free text such as "$41.50/hour", "Up to $65/hr" or "$80k - $110k salary".</summary>
public static partial class PayTextParser
{
    public static PayRange? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2000)
        {
            return null;
        }

        var match = AmountPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var first = ReadAmount(match.Groups["a"].Value, match.Groups["ka"].Value);
        var second = match.Groups["b"].Success ? ReadAmount(match.Groups["b"].Value, match.Groups["kb"].Value) : null;
        if (first is null)
        {
            return null;
        }

        var marker = CurrencyGroups.Select(g => match.Groups[g].Value).FirstOrDefault(v => v.Length > 0) ?? "";
        // The unit follows the figure closely ("$20/hour", "$0.50 per task"); later words belong to other sentences.
        var window = text.Substring(match.Index, Math.Min(text.Length - match.Index, match.Length + 40));
        var interval = IntervalOf(window, first.Value, match.Groups["ka"].Value.Length > 0);
        if (marker.Length == 0 && interval is null)
        {
            return null; // a bare number with neither currency nor unit is not pay
        }

        interval ??= PayInterval.Hour; // small figures with a currency and no unit are almost always hourly
        var currency = CurrencyOf(marker, text);
        var upTo = UpToPattern().IsMatch(text[..match.Index]);

        decimal? min = upTo && second is null ? null : first;
        var max = second ?? first;
        if (min is { } low && max is { } high && low > high)
        {
            (min, max) = (high, low);
        }

        return new PayRange(min, max, currency, interval,
            PayInterval.ToHourly(min, interval), PayInterval.ToHourly(max, interval), text.Trim());
    }

    private static readonly string[] CurrencyGroups = ["cur1", "cur2", "cur3"];

    // No real pay figure, even a yearly one in yen or rupees, comes near a billion; longer digit runs are ids or noise.
    private const decimal LargestAmount = 1_000_000_000m;

    private static decimal? ReadAmount(string digits, string thousands)
    {
        if (!decimal.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        if (value > LargestAmount)
        {
            return null;
        }

        var amount = thousands.Length > 0 ? value * 1000 : value;
        return amount > LargestAmount ? null : amount;
    }

    private static string? CurrencyOf(string marker, string text) => marker.Trim().ToUpperInvariant() switch
    {
        "$" or "USD" or "US$" => "USD",
        "€" or "EUR" => "EUR",
        "£" or "GBP" => "GBP",
        "CAD" or "C$" or "CA$" => "CAD",
        "AUD" or "A$" => "AUD",
        "INR" or "₹" => "INR",
        "¥" or "JPY" => "JPY",
        "" => text.Contains("USD", StringComparison.OrdinalIgnoreCase) ? "USD" : null,
        var other => other.Length == 3 ? other : null,
    };

    private static string? IntervalOf(string rest, decimal amount, bool thousands)
    {
        var lower = rest.ToLowerInvariant();
        foreach (var (pattern, interval) in IntervalWords)
        {
            if (Regex.IsMatch(lower, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100)))
            {
                return interval;
            }
        }

        // "$80k - $110k" with no unit is a salary.
        return thousands || amount >= 10000 ? PayInterval.Year : null;
    }

    private static readonly (string Pattern, string Interval)[] IntervalWords =
    [
        (@"(/|\bper|\ban?)\s*(audio\s+)?(task|item|unit|submission|question|annotation|minute|image|word|page|record|clip|video)s?\b", PayInterval.Task),
        (@"(/\s*h\b|/\s*hr|hour|hourly|\bph\b)", PayInterval.Hour),
        (@"(/\s*day|per day|daily|a day)", PayInterval.Day),
        (@"(/\s*w(ee)?k|per week|weekly|a week)", PayInterval.Week),
        (@"(/\s*mo|per month|monthly|a month)", PayInterval.Month),
        (@"(/\s*y(ea)?r|per year|yearly|annual|annually|salary|a year|\bote\b|\bp\.?a\.?\b)", PayInterval.Year),
    ];

    [GeneratedRegex(@"(?<cur1>US\$|C\$|CA\$|A\$|[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|INR|JPY)\b)?\s*(?<a>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<ka>[kK](?![a-zA-Z]))?\s*(?<cur2>USD|EUR|GBP)?\s*(?:(?:-|–|—|to)\s*(?<cur3>US\$|[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD)\b)?\s*(?<b>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<kb>[kK](?![a-zA-Z]))?)?",
        RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"\bup\s+to\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex UpToPattern();
}
