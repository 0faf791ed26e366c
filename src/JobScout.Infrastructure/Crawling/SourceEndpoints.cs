using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Infrastructure.Configuration;

namespace JobScout.Infrastructure.Crawling;

/// <summary>A configured source's board: where it is asked for listings, how it pages, and whether it takes a query.</summary>
public static class SourceEndpoints
{
    public static IEnumerable<string> Kinds => SourceParsers.Boards.Select(b => b.Kind);

    public static bool Supports(string kind) => SourceParsers.BoardFor(kind) is not null;

    public static bool TakesQuery(SourceOptions source) => Board(source).DefaultDailyQueryBudget > 0;

    public static int DailyBudget(SourceOptions source) => source.DailyQueryBudget ?? Board(source).DefaultDailyQueryBudget;

    /// <summary>Whole-board sources list every open job each time, so a listing they stop showing has closed.</summary>
    public static bool IsWholeBoard(SourceOptions source) => !TakesQuery(source);

    /// <summary>The part after "kind:" in a listing's source id: the board token, or the source id.</summary>
    public static string SourceKey(SourceOptions source) => string.IsNullOrWhiteSpace(source.Board) ? source.Id : source.Board;

    /// <summary>The "source" value the source's listings carry.</summary>
    public static string ListingSource(SourceOptions source) => $"{source.Kind.ToLowerInvariant()}:{SourceKey(source)}";

    public static Uri FirstPage(SourceOptions source, string? query) =>
        Board(source).FirstPage(BaseUrl(source), Uri.EscapeDataString(SourceKey(source)), Uri.EscapeDataString(query ?? ""));

    /// <summary>The next page to fetch, or null when the source has no more.</summary>
    public static Uri? NextPage(SourceOptions source, Uri current, string payload, int listingsOnPage) =>
        Board(source).NextPage(current, payload, listingsOnPage);

    public static bool SupportsConditionalGet(SourceOptions source) => Board(source).SupportsConditionalGet;

    private static IJobBoard Board(SourceOptions source) =>
        SourceParsers.BoardFor(source.Kind) ?? throw new InvalidOperationException($"Kind \"{source.Kind}\" cannot be crawled.");

    private static string BaseUrl(SourceOptions source) =>
        !string.IsNullOrWhiteSpace(source.BaseUrl)
            ? source.BaseUrl.TrimEnd('/')
            : Board(source).DefaultBaseUrl(SourceKey(source))
              ?? throw new InvalidOperationException($"Source \"{source.Id}\" needs a baseUrl: the address of its {source.Kind} document.");
}
