using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// A search as a GET query string and back: q, sort, page, minpay, days, eligible, remoteonly, lang, and one
/// repeatable parameter per facet (role=rater&amp;role=ai-trainer). Every search is a URL that can be shared.
/// </summary>
public sealed record SearchParameters(
    string Query,
    SearchSort Sort,
    int Page,
    decimal? MinHourly,
    int? PostedWithinDays,
    string? Eligible,
    bool RemoteOnly,
    string? Language,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Facets)
{
    public static SearchParameters From(IQueryCollection query)
    {
        var facets = FacetField.All
            .Select(f => (f.Name, Values: query[f.Name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).Take(20).ToList()))
            .Where(f => f.Values.Count > 0)
            .ToDictionary(f => f.Name, f => (IReadOnlyList<string>)f.Values, StringComparer.OrdinalIgnoreCase);
        return new SearchParameters(
            (query["q"].ToString() ?? "").Trim(),
            Enum.TryParse<SearchSort>(query["sort"], ignoreCase: true, out var sort) ? sort : SearchSort.Relevance,
            int.TryParse(query["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, SearchRequest.MaxPage) : 1,
            decimal.TryParse(query["minpay"], NumberStyles.Number, CultureInfo.InvariantCulture, out var pay) && pay > 0 ? Math.Min(pay, 10_000) : null,
            int.TryParse(query["days"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) && days > 0 ? Math.Min(days, 3650) : null,
            Code(query["eligible"], 2)?.ToUpperInvariant(),
            query["remoteonly"] is { Count: > 0 } remote && remote.ToString() is "1" or "true" or "on",
            Code(query["lang"], 3)?.ToLowerInvariant(),
            facets);
    }

    /// <summary>A search saved as its query string ("q=rater&amp;role=rater").</summary>
    public static SearchParameters FromQueryString(string queryString) =>
        From(new QueryCollection(QueryHelpers.ParseQuery(queryString)));

    /// <summary>The query string of this search without its page: what a saved search keeps.</summary>
    public string QueryString() => (this with { Page = 1 }).Url("").TrimStart('?');

    public SearchRequest ToRequest(int pageSize, bool histogram = false) => new(Query, Page, pageSize)
    {
        Sort = Sort,
        MinHourly = MinHourly,
        PostedWithinDays = PostedWithinDays,
        Country = Eligible,
        RemoteOnly = RemoteOnly,
        Language = Language,
        Selections = Facets,
        WithHistogram = histogram,
    };

    public bool IsSelected(string facet, string value) => Facets.TryGetValue(facet, out var values) && values.Contains(value);

    /// <summary>This search with one facet value switched on or off, back on page 1.</summary>
    public string Toggle(string facet, string value)
    {
        var facets = Facets.ToDictionary(f => f.Key, f => f.Value.ToList(), StringComparer.OrdinalIgnoreCase);
        var values = facets.TryGetValue(facet, out var existing) ? existing : facets[facet] = [];
        if (!values.Remove(value))
        {
            values.Add(value);
        }

        return (this with { Page = 1, Facets = facets.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value) }).Url();
    }

    public string Url(string path = "/search") => QueryHelpers.AddQueryString(path, Pairs());

    public string WithPage(int page) => (this with { Page = page }).Url();

    public string WithSort(SearchSort sort) => (this with { Sort = sort, Page = 1 }).Url();

    private IEnumerable<KeyValuePair<string, StringValues>> Pairs()
    {
        if (Query.Length > 0)
        {
            yield return new("q", Query);
        }

        foreach (var (facet, values) in Facets)
        {
            if (values.Count > 0)
            {
                yield return new(facet, values.ToArray());
            }
        }

        if (MinHourly is { } pay)
        {
            yield return new("minpay", pay.ToString("0.##", CultureInfo.InvariantCulture));
        }

        if (PostedWithinDays is { } days)
        {
            yield return new("days", days.ToString(CultureInfo.InvariantCulture));
        }

        if (Eligible is not null)
        {
            yield return new("eligible", Eligible);
        }

        if (RemoteOnly)
        {
            yield return new("remoteonly", "1");
        }

        if (Language is not null)
        {
            yield return new("lang", Language);
        }

        if (Sort != SearchSort.Relevance)
        {
            yield return new("sort", Sort.ToString().ToLowerInvariant());
        }

        if (Page > 1)
        {
            yield return new("page", Page.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string? Code(StringValues value, int maxLength)
    {
        var text = value.ToString().Trim();
        return text.Length is > 0 && text.Length <= maxLength && text.All(char.IsAsciiLetter) ? text : null;
    }
}
