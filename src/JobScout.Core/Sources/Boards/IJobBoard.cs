namespace JobScout.Core.Sources.Boards;

/// <summary>
/// A job board, API or feed the crawler can ask for listings: the format it answers in (<see cref="ISourceParser"/>),
/// where it answers, how it pages and whether it takes a search query. One type per board, registered once in
/// <see cref="SourceParsers"/>.
/// </summary>
public interface IJobBoard : ISourceParser
{
    /// <summary>Where the board answers when a source names no base URL; null when every source must name its own.</summary>
    string? DefaultBaseUrl(string sourceKey);

    /// <summary>Searches a day by default for a board that takes a query; 0 for a board read whole.</summary>
    int DefaultDailyQueryBudget => 0;

    /// <summary>Single-document boards can be asked "changed since?"; paged ones are read whole.</summary>
    bool SupportsConditionalGet => false;

    /// <summary>The first page to fetch. <paramref name="key"/> and <paramref name="query"/> are already URL-escaped.</summary>
    Uri FirstPage(string baseUrl, string key, string query);

    /// <summary>The next page, or null when the board has no more.</summary>
    Uri? NextPage(Uri current, string payload, int listingsOnPage) => null;
}
