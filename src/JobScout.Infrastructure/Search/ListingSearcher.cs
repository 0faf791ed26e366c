using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace JobScout.Infrastructure.Search;

/// <summary>Runs a job seeker's query against the index. Bad syntax never fails: it is searched as plain words.</summary>
public sealed class ListingSearcher(ListingIndex index)
{
    private static readonly string[] SearchFields = [ListingFields.Title, ListingFields.Company, ListingFields.Location, ListingFields.Description];

    private static readonly Dictionary<string, float> Boosts = new()
    {
        [ListingFields.Title] = 4f,
        [ListingFields.Company] = 2f,
        [ListingFields.Location] = 1.5f,
        [ListingFields.Description] = 1f,
    };

    public SearchResults Search(SearchRequest request)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var (query, notice) = Parse(request.Query);
        // With no words the newest listings come first; with words, the best matches.
        var sort = query is MatchAllDocsQuery
            ? new Sort(new SortField(ListingFields.Posted, SortFieldType.INT64, true))
            : new Sort(SortField.FIELD_SCORE, new SortField(ListingFields.Posted, SortFieldType.INT64, true));

        return index.WithSearcher(searcher =>
        {
            var top = searcher.Search(query, null, page * pageSize, sort, doDocScores: true, doMaxScore: false);
            var hits = top.ScoreDocs.Skip((page - 1) * pageSize)
                .Select(scoreDoc => ToHit(searcher.Doc(scoreDoc.Doc), scoreDoc.Score))
                .ToList();
            return new SearchResults(hits, top.TotalHits, page, pageSize, notice);
        });
    }

    private (Query Query, string? Notice) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (new MatchAllDocsQuery(), null);
        }

        var parser = new MultiFieldQueryParser(ListingIndex.Version, SearchFields, index.Analyzer, Boosts)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        try
        {
            return (parser.Parse(text), null);
        }
        catch (ParseException)
        {
            var escaped = QueryParserBase.Escape(text);
            return (parser.Parse(escaped), $"Your search had a syntax error, so it was searched as plain words: {text}");
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return (new BooleanQuery(), "Your search had too many terms; please shorten it.");
        }
    }

    private static SearchHit ToHit(Document document, float score) => new(
        long.Parse(document.Get(ListingFields.Id), CultureInfo.InvariantCulture),
        document.Get(ListingFields.Title),
        document.Get(ListingFields.Company),
        document.Get(ListingFields.Location),
        DateTimeOffset.FromUnixTimeSeconds(document.GetField(ListingFields.Posted).GetInt64Value() ?? 0),
        document.Get(ListingFields.Example) == "1",
        document.Get(ListingFields.PayText),
        document.Get(ListingFields.Summary) ?? "",
        float.IsNaN(score) ? 0 : score);
}
