namespace JobScout.Infrastructure.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Pay,
}

/// <summary>One search: words, filters, facet selections (multi-select within a facet, AND across facets), sort and page.</summary>
public sealed record SearchRequest(string? Query, int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 500;
    public const int MaxQueryLength = 500;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Listings whose pay reaches this hourly figure.</summary>
    public decimal? MinHourly { get; init; }

    public int? PostedWithinDays { get; init; }

    /// <summary>ISO-3166 code: listings open to this country (naming it, or naming none).</summary>
    public string? Country { get; init; }

    public bool RemoteOnly { get; init; }

    public string? Language { get; init; }

    /// <summary>Facet name (see <see cref="FacetField"/>) to its selected values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Selections { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Only these listings (alerts ask which of a crawl's new listings match a saved search); null: all.</summary>
    public IReadOnlyCollection<long>? OnlyIds { get; init; }

    public bool WithFacets { get; init; } = true;

    /// <summary>Which facets to count (names of <see cref="FacetField"/>); null counts them all.</summary>
    public IReadOnlyCollection<string>? FacetNames { get; init; }

    public bool WithHighlights { get; init; } = true;

    public bool WithHistogram { get; init; }

    public bool HasFilters => OnlyIds is not null || MinHourly is not null || PostedWithinDays is not null || Country is not null || RemoteOnly || Language is not null
                              || Selections.Any(s => s.Value.Count > 0);
}

public sealed record SearchHit(
    long Id,
    string Title,
    string Company,
    string? Location,
    DateTimeOffset PostedAt,
    DateTimeOffset FirstSeenAt,
    bool IsExample,
    string? PayText,
    decimal? Hourly,
    string Summary,
    float Score)
{
    /// <summary>HTML-safe title with the matched words marked, when highlighting was asked for.</summary>
    public string? TitleHtml { get; init; }

    /// <summary>HTML-safe snippet of the description with the matched words marked.</summary>
    public string? SnippetHtml { get; init; }
}

public sealed record FacetValue(string Value, int Count, bool Selected);

public sealed record FacetCounts(string Name, string Label, IReadOnlyList<FacetValue> Values);

public sealed record PayBucket(decimal From, decimal? To, int Count);

/// <summary>One page of results. <see cref="Notice"/> explains when the query had to be read differently.</summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    int PageSize,
    string? Notice)
{
    public IReadOnlyList<FacetCounts> Facets { get; init; } = [];

    public IReadOnlyList<PayBucket> PayHistogram { get; init; } = [];

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
