namespace JobScout.Core.Listings;

/// <summary>Advertised pay. Hourly figures use 2080 h/year, 40 h/week, 8 h/day and are null per task.</summary>
public sealed record PayRange(
    decimal? Min,
    decimal? Max,
    string? Currency,
    string Interval,
    decimal? HourlyMin,
    decimal? HourlyMax,
    string Text);
