using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// Every facet value of a listing is also indexed as one term "field=value" of a single "facets" field, for
/// term filters. One field per document instead of one per value keeps indexing fast: each new field instance
/// costs a token stream, while the analyzer's stream is reused.
/// </summary>
internal static class FacetTerms
{
    public const char Separator = '\u001F';

    public static string Token(string field, string value) => $"{field}={value}";

    public static Term Term(string field, string value) => new(ListingFields.Facets, Token(field, value));

    public static Analyzer CreateAnalyzer() => new FacetAnalyzer();

    private sealed class FacetAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new SeparatorTokenizer(reader));
    }

    /// <summary>Splits on the unit separator only, so values keep their spaces and case.</summary>
    private sealed class SeparatorTokenizer(TextReader input) : CharTokenizer(LuceneVersion.LUCENE_48, input)
    {
        protected override bool IsTokenChar(int c) => c != Separator;
    }
}
