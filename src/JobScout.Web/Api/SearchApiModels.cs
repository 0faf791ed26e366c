namespace JobScout.Web.Api;

/// <summary>The JSON twin of a search page.</summary>
public sealed record SearchApiResponse(
    string Query,
    int Total,
    int Page,
    int PageSize,
    int PageCount,
    string? Notice,
    IReadOnlyList<SearchApiHit> Hits,
    IReadOnlyList<SearchApiFacet> Facets,
    string PageUrl,
    string AtomUrl);

public sealed record SearchApiHit(
    long Id,
    string Title,
    string Company,
    string? Location,
    DateTimeOffset PostedAt,
    string? Pay,
    decimal? HourlyPay,
    bool IsExample,
    string Url,
    string? SnippetHtml);

public sealed record SearchApiFacet(string Name, string Label, IReadOnlyList<SearchApiFacetValue> Values);

public sealed record SearchApiFacetValue(string Value, string Label, int Count, bool Selected);

public sealed record ApiProblem(string Error);
