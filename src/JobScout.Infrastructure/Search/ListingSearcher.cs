using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// Runs a job seeker's search: one pass collects the matches (for facets and the histogram) and the top hits
/// (those that also pass the facet selections); then facet counts, highlighted snippets and the histogram.
/// </summary>
public sealed class ListingSearcher(ListingIndex index, TimeProvider clock)
{
    private readonly SearchResultCache _recent = new(index, clock);

    private static readonly SortField Newest = new(ListingFields.Posted, new CachedNumberComparerSource(isDouble: false), true);
    private static readonly SortField BestPaid = new(ListingFields.Hourly, new CachedNumberComparerSource(isDouble: true), true);

    // Only what a result line shows is read from the stored fields; the highlight source only when it is used.
    private static readonly HashSet<string> DisplayFields =
    [
        ListingFields.Id, ListingFields.Title, ListingFields.Company, ListingFields.Location, ListingFields.Posted, ListingFields.Seen,
        ListingFields.Example, ListingFields.PayText, ListingFields.Hourly, ListingFields.Summary,
    ];

    private static readonly HashSet<string> HighlightFields = [.. DisplayFields, ListingFields.DescriptionHighlight];

    /// <summary>Answers from the recent-results cache when the same search ran since the index last changed.</summary>
    public SearchResults Search(SearchRequest request) => _recent.GetOrAdd(request, Run);

    /// <summary>The search itself, never from the cache (benchmarks time this).</summary>
    public SearchResults SearchUncached(SearchRequest request) => Run(request);

    private SearchResults Run(SearchRequest request)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var (query, notice) = QueryReader.Read(request.Query, index.Analyzer);
        var sort = SortFor(request.Sort, query);
        var selectionsByField = SelectionsByField(request.Selections);
        var filter = BaseFilter.For(request, clock.GetUtcNow());

        return index.WithSearcher(searcher =>
        {
            var top = TopFieldCollector.Create(sort, page * pageSize, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            var collector = new HitCollector(top, selectionsByField);
            searcher.Search(query, filter, collector);
            var highlighter = request.WithHighlights ? new SnippetHighlighter(query, index.Analyzer) : null;
            var fields = highlighter is null ? DisplayFields : HighlightFields;
            var hits = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs
                .Select(scoreDoc => ToHit(searcher.Doc(scoreDoc.Doc, fields), scoreDoc.Score, highlighter))
                .ToList();
            return new SearchResults(hits, collector.Total, page, pageSize, notice)
            {
                Facets = request.WithFacets ? FacetCounter.Count(collector.Segments, request.Selections, request.FacetNames) : [],
                PayHistogram = request.WithHistogram ? PayHistogram.Build(collector.Segments) : [],
            };
        });
    }

    /// <summary>
    /// The floor for benchmarks: the same parsed query and filters (selections as term filters), top N only —
    /// no facets, no highlighting, no stored fields. Returns the total hits.
    /// </summary>
    public int SearchFloor(SearchRequest request)
    {
        var (query, _) = QueryReader.Read(request.Query, index.Analyzer);
        var filters = new BooleanQuery();
        if (BaseFilter.For(request, clock.GetUtcNow()) is { } baseFilter)
        {
            filters.Add(new ConstantScoreQuery(baseFilter), Occur.MUST);
        }

        foreach (var (field, values) in SelectionsByField(request.Selections))
        {
            var any = new BooleanQuery();
            foreach (var value in values)
            {
                any.Add(new TermQuery(FacetTerms.Term(field, value)), Occur.SHOULD);
            }

            filters.Add(any, Occur.MUST);
        }

        var filter = filters.Clauses.Count == 0 ? null : new QueryWrapperFilter(filters);
        return index.WithSearcher(searcher => searcher.Search(query, filter, request.PageSize, SortFor(request.Sort, query)).TotalHits);
    }

    private static Sort SortFor(SearchSort sort, Query query) => sort switch
    {
        SearchSort.Pay => new Sort(BestPaid, Newest),
        SearchSort.Newest => new Sort(Newest),
        _ when query is MatchAllDocsQuery => new Sort(Newest),
        _ => new Sort(SortField.FIELD_SCORE, Newest),
    };

    private static Dictionary<string, IReadOnlyList<string>> SelectionsByField(IReadOnlyDictionary<string, IReadOnlyList<string>> selections) =>
        selections
            .Select(s => (Facet: FacetField.ByName(s.Key), s.Value))
            .Where(s => s.Facet is not null && s.Value.Count > 0)
            .ToDictionary(s => s.Facet!.Field, s => s.Value, StringComparer.Ordinal);

    private static SearchHit ToHit(Document document, float score, SnippetHighlighter? highlighter)
    {
        var title = document.Get(ListingFields.Title);
        var summary = document.Get(ListingFields.Summary) ?? "";
        var hourly = document.GetField(ListingFields.Hourly)?.GetDoubleValue();
        return new SearchHit(
            long.Parse(document.Get(ListingFields.Id), CultureInfo.InvariantCulture),
            title,
            document.Get(ListingFields.Company),
            document.Get(ListingFields.Location),
            DateTimeOffset.FromUnixTimeSeconds(document.GetField(ListingFields.Posted)?.GetInt64Value() ?? 0),
            DateTimeOffset.FromUnixTimeSeconds(document.GetField(ListingFields.Seen)?.GetInt64Value() ?? 0),
            document.Get(ListingFields.Example) == "1",
            document.Get(ListingFields.PayText),
            hourly is { } h ? Math.Round((decimal)h, 2) : null,
            summary,
            float.IsNaN(score) ? 0 : score)
        {
            TitleHtml = highlighter?.Title(title),
            SnippetHtml = highlighter?.Snippet(document.Get(ListingFields.DescriptionHighlight) ?? "", summary),
        };
    }
}
