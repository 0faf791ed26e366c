using System.Globalization;
using JobScout.Core.Listings;

namespace JobScout.Core.Pay;

/// <summary>Builds pay from a source's structured fields, whatever it calls its intervals.</summary>
public static class PayRanges
{
    /// <summary>
    /// Null when neither figure is usable (missing, zero, negative). Min and max are put in order.
    /// <paramref name="interval"/> may be "hour", "HOURLY", "per-hour-wage", "1 HOUR", "annual", "YEAR", "monthly"…
    /// </summary>
    public static PayRange? From(decimal? min, decimal? max, string? currency, string? interval, string? text = null)
    {
        min = min > 0 ? min : null;
        max = max > 0 ? max : null;
        if (min is null && max is null)
        {
            return null;
        }

        if (min > max)
        {
            (min, max) = (max, min);
        }

        var unit = IntervalOf(interval, min ?? max ?? 0);
        var code = string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant();
        return new PayRange(min, max, code, unit, PayInterval.ToHourly(min, unit), PayInterval.ToHourly(max, unit),
            text ?? Describe(min, max, code, unit));
    }

    /// <summary>Reads "14.00", "14,000" or 14 from a string source value; null when it is not a number.</summary>
    public static decimal? Amount(string? text) =>
        decimal.TryParse(text?.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string IntervalOf(string? raw, decimal amount)
    {
        var key = new string((raw ?? "").Where(char.IsLetter).ToArray()).ToUpperInvariant();
        if (key.Contains("HOUR", StringComparison.Ordinal))
        {
            return PayInterval.Hour;
        }

        if (key.Contains("DAY", StringComparison.Ordinal) || key.Contains("DAILY", StringComparison.Ordinal))
        {
            return PayInterval.Day;
        }

        if (key.Contains("WEEK", StringComparison.Ordinal))
        {
            return PayInterval.Week;
        }

        if (key.Contains("MONTH", StringComparison.Ordinal))
        {
            return PayInterval.Month;
        }

        if (key.Contains("YEAR", StringComparison.Ordinal) || key.Contains("ANNUAL", StringComparison.Ordinal) || key == "SALARY")
        {
            return PayInterval.Year;
        }

        if (key.Contains("TASK", StringComparison.Ordinal) || key.Contains("ONETIME", StringComparison.Ordinal) || key.Contains("PIECE", StringComparison.Ordinal))
        {
            return PayInterval.Task;
        }

        // No usable unit: salaries are large, hourly rates small.
        return amount >= 1000 ? PayInterval.Year : PayInterval.Hour;
    }

    private static string Describe(decimal? min, decimal? max, string? currency, string interval)
    {
        var figures = min is { } low && max is { } high && low != high
            ? $"{low.ToString("0.##", CultureInfo.InvariantCulture)}–{high.ToString("0.##", CultureInfo.InvariantCulture)}"
            : (min ?? max)!.Value.ToString("0.##", CultureInfo.InvariantCulture);
        return $"{currency ?? ""} {figures} per {interval}".Trim();
    }
}
