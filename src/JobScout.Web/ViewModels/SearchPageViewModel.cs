using JobScout.Infrastructure.Search;

namespace JobScout.Web.ViewModels;

public sealed record SearchSuggestion(string Text, string Url, int Count);

public sealed record SearchPageViewModel(
    SearchParameters Parameters,
    SearchResults Results,
    DateTimeOffset? LastVisit,
    IReadOnlyList<SearchSuggestion> Suggestions)
{
    public string Query => Parameters.Query;

    public bool HasPrevious => Results.Page > 1;

    public bool HasNext => Results.Page < Results.PageCount;

    public bool IsNew(SearchHit hit) => LastVisit is { } last && hit.FirstSeenAt > last;

    /// <summary>Role types the current words also match, for a search that found nothing with its role filter.</summary>
    public IReadOnlyList<FacetValue> RelatedRoles =>
        Results.Facets.FirstOrDefault(f => f.Name == "role")?.Values.Where(v => !v.Selected && v.Count > 0).Take(5).ToList() ?? [];
}
