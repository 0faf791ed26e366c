using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace JobScout.Infrastructure.Search;

/// <summary>Turns the user's words into a query. Bad syntax never fails: the words are searched as they are, and the user told.</summary>
internal static class QueryReader
{
    private static readonly string[] SearchFields = [ListingFields.Title, ListingFields.Company, ListingFields.Location, ListingFields.Description];

    private static readonly Dictionary<string, float> Boosts = new()
    {
        [ListingFields.Title] = 4f,
        [ListingFields.Company] = 2f,
        [ListingFields.Location] = 1.5f,
        [ListingFields.Description] = 1f,
    };

    public static (Query Query, string? Notice) Read(string? text, Analyzer analyzer)
    {
        var cleaned = new string((text ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (cleaned.Length == 0)
        {
            return (new MatchAllDocsQuery(), null);
        }

        string? notice = null;
        if (cleaned.Length > SearchRequest.MaxQueryLength)
        {
            cleaned = cleaned[..SearchRequest.MaxQueryLength];
            notice = $"Your search was cut to its first {SearchRequest.MaxQueryLength} characters.";
        }

        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, SearchFields, analyzer, Boosts)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        try
        {
            return (parser.Parse(SynonymExpander.Default.Expand(cleaned)), notice);
        }
        catch (Exception ex) when (ex is ParseException or BooleanQuery.TooManyClausesException or ArgumentException)
        {
            try
            {
                var plain = parser.Parse(QueryParserBase.Escape(cleaned));
                return (plain, $"Your search had a syntax error, so it was searched as plain words: {cleaned}");
            }
            catch (Exception inner) when (inner is ParseException or BooleanQuery.TooManyClausesException or ArgumentException)
            {
                return (new BooleanQuery(), "Your search could not be read; try fewer or simpler words.");
            }
        }
    }
}
