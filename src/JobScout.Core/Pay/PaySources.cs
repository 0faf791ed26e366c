using JobScout.Core.Listings;

namespace JobScout.Core.Pay;

/// <summary>
/// Chooses a listing's pay among a source's structured fields, its pay text and the description. Boards' structured
/// figures are often a company-wide band, a placeholder or in an assumed unit, while the description states this job's
/// pay; so where both exist and disagree, what the description says wins.
/// </summary>
public static class PaySources
{
    // No yearly pay in these currencies is this small; such a "yearly" field holds hourly figures.
    private const decimal SmallestYearly = 200m;

    public static PayRange? Choose(PayRange? structured, string? payText, string description)
    {
        var fromText = PayTextParser.Parse(payText);
        var fromDescription = PayFinder.Find(description);
        var fields = Plausible(structured ?? fromText);
        if (fromDescription is not null && (fields is null || !Agree(fields, fromDescription)))
        {
            return fromDescription;
        }

        return fields ?? fromDescription;
    }

    private static PayRange? Plausible(PayRange? pay)
    {
        if (pay is null || pay.Interval != PayInterval.Year || (pay.Max ?? pay.Min) >= SmallestYearly)
        {
            return pay;
        }

        return pay with
        {
            Interval = PayInterval.Hour,
            HourlyMin = PayInterval.ToHourly(pay.Min, PayInterval.Hour),
            HourlyMax = PayInterval.ToHourly(pay.Max, PayInterval.Hour),
        };
    }

    private static bool Agree(PayRange a, PayRange b) =>
        a.Interval == b.Interval && string.Equals(a.Currency, b.Currency, StringComparison.OrdinalIgnoreCase) && a.Min == b.Min && a.Max == b.Max;
}
