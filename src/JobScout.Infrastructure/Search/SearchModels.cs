namespace JobScout.Infrastructure.Search;

public sealed record SearchRequest(string? Query, int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 500;
}

public sealed record SearchHit(
    long Id,
    string Title,
    string Company,
    string? Location,
    DateTimeOffset PostedAt,
    bool IsExample,
    string? PayText,
    string Summary,
    float Score);

/// <summary>One page of results. <see cref="Notice"/> explains when the query had to be read differently.</summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    int PageSize,
    string? Notice)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
