using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace JobScout.Infrastructure.Search;

/// <summary>Marks the matched words in titles and description snippets. Everything else is HTML-encoded.</summary>
internal sealed class SnippetHighlighter(Query query, Analyzer analyzer)
{
    private const int FragmentSize = 160;
    private readonly SimpleHTMLFormatter _formatter = new("<mark>", "</mark>");
    private readonly MarkupEncoder _encoder = new();

    public string Title(string title) => Best(ListingFields.Title, title, 1, title.Length + 1) ?? _encoder.EncodeText(title);

    public string Snippet(string description, string summary) =>
        Best(ListingFields.Description, description, 2, FragmentSize) ?? _encoder.EncodeText(summary);

    private string? Best(string field, string text, int fragments, int size)
    {
        if (text.Length == 0 || query is MatchAllDocsQuery)
        {
            return null;
        }

        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(_formatter, _encoder, scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, size) };
        try
        {
            var best = highlighter.GetBestFragments(analyzer.GetTokenStream(field, text), text, fragments, " … ");
            return string.IsNullOrWhiteSpace(best) ? null : best;
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }
}
