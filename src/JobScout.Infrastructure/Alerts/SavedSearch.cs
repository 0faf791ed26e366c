namespace JobScout.Infrastructure.Alerts;

/// <summary>A search kept by its owner, or by a coach in a collection, with how often it alerts.</summary>
public sealed record SavedSearch(
    long Id,
    long OwnerId,
    long? CollectionId,
    string Name,
    string Query,
    string Frequency,
    string FeedToken,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CheckedAt)
{
    /// <summary>The search page showing this search.</summary>
    public string SearchUrl => Query.Length == 0 ? "/search" : "/search?" + Query;
}

/// <summary>How often a saved search is checked for new listings.</summary>
public static class AlertFrequency
{
    public const string AfterCrawl = "after-crawl";
    public const string Daily = "daily";
    public const string Weekly = "weekly";

    public static IReadOnlyList<string> All { get; } = [AfterCrawl, Daily, Weekly];

    public static string Label(string frequency) => frequency switch
    {
        AfterCrawl => "After each crawl",
        Daily => "Daily",
        Weekly => "Weekly",
        _ => frequency,
    };

    // A little slack, so an hourly check that runs a minute early does not push a daily alert back a whole hour.
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(30);

    public static bool IsDue(SavedSearch search, DateTimeOffset now) => search.CheckedAt is not { } last || search.Frequency switch
    {
        Daily => now - last >= TimeSpan.FromDays(1) - Slack,
        Weekly => now - last >= TimeSpan.FromDays(7) - Slack,
        _ => true,
    };
}
