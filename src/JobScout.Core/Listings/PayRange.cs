namespace JobScout.Core.Listings;

/// <summary>
/// Advertised pay in the listing's currency. Hourly figures use 2080 h/year, 40 h/week, 8 h/day and are null per task;
/// the Usd pair converts them with data/currency-rates.json so pay in any currency compares with a dollar minimum.
/// </summary>
public sealed record PayRange(
    decimal? Min,
    decimal? Max,
    string? Currency,
    string Interval,
    decimal? HourlyMin,
    decimal? HourlyMax,
    string Text)
{
    public decimal? HourlyUsdMin { get; init; }

    public decimal? HourlyUsdMax { get; init; }
}
