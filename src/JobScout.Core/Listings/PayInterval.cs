namespace JobScout.Core.Listings;

public static class PayInterval
{
    public const string Hour = "hour";
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";
    public const string Year = "year";
    public const string Task = "task";

    /// <summary>Hours in one interval, or null where no hourly equivalent exists.</summary>
    public static decimal? HoursIn(string interval) => interval switch
    {
        Hour => 1m,
        Day => 8m,
        Week => 40m,
        Month => 2080m / 12m,
        Year => 2080m,
        _ => null,
    };

    public static decimal? ToHourly(decimal? amount, string interval) =>
        amount is { } value && HoursIn(interval) is { } hours ? Math.Round(value / hours, 2) : null;
}
