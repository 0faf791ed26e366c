using JobScout.Infrastructure.Search;
using JobScout.Web.ViewModels;

namespace JobScout.Web.Search;

/// <summary>When nothing matches: each filter the user could drop, with how many listings that would bring back.</summary>
public static class SearchSuggestions
{
    public static IReadOnlyList<SearchSuggestion> For(SearchParameters parameters, ListingSearcher searcher)
    {
        var candidates = new List<(string Text, SearchParameters Without)>();
        foreach (var (facet, values) in parameters.Facets)
        {
            foreach (var value in values)
            {
                var rest = parameters.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.Where(v => f.Key != facet || v != value).ToList());
                candidates.Add(($"Remove “{Labels.Of(value)}”", parameters with { Facets = rest, Page = 1 }));
            }
        }

        if (parameters.MinHourly is not null)
        {
            candidates.Add(("Remove the minimum pay", parameters with { MinHourly = null, Page = 1 }));
        }

        if (parameters.PostedWithinDays is not null)
        {
            candidates.Add(("Include older listings", parameters with { PostedWithinDays = null, Page = 1 }));
        }

        if (parameters.Eligible is not null)
        {
            candidates.Add(("Any country", parameters with { Eligible = null, Page = 1 }));
        }

        if (parameters.RemoteOnly)
        {
            candidates.Add(("Include on-site and hybrid", parameters with { RemoteOnly = false, Page = 1 }));
        }

        if (parameters.Language is not null)
        {
            candidates.Add(("Any language", parameters with { Language = null, Page = 1 }));
        }

        return candidates
            .Select(c => new SearchSuggestion(c.Text, c.Without.Url(), searcher.Search(c.Without.ToRequest(1) with { WithFacets = false, WithHighlights = false }).Total))
            .Where(s => s.Count > 0)
            .OrderByDescending(s => s.Count)
            .ToList();
    }
}
