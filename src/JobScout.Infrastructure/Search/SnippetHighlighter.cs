using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// Marks the matched words in titles and description snippets; everything else is HTML-encoded. Built once per
/// search: extracting the query's terms is the costly part, so each field's highlighter is reused for every hit.
/// </summary>
internal sealed class SnippetHighlighter
{
    private const int FragmentSize = 160;
    private readonly Analyzer _analyzer;
    private readonly MarkupEncoder _encoder = new();
    private readonly Highlighter? _title;
    private readonly Highlighter? _description;

    public SnippetHighlighter(Query query, Analyzer analyzer)
    {
        _analyzer = analyzer;
        if (query is MatchAllDocsQuery)
        {
            return; // nothing to mark
        }

        var formatter = new SimpleHTMLFormatter("<mark>", "</mark>");
        _title = new Highlighter(formatter, _encoder, new QueryTermScorer(query, ListingFields.Title)) { TextFragmenter = new NullFragmenter() };
        _description = new Highlighter(formatter, _encoder, new QueryTermScorer(query, ListingFields.Description))
        {
            TextFragmenter = new SimpleFragmenter(FragmentSize),
        };
    }

    public string Title(string title) => Best(_title, ListingFields.Title, title, 1) ?? _encoder.EncodeText(title);

    public string Snippet(string description, string summary) =>
        Best(_description, ListingFields.Description, description, 2) ?? _encoder.EncodeText(summary);

    private string? Best(Highlighter? highlighter, string field, string text, int fragments)
    {
        if (highlighter is null || text.Length == 0)
        {
            return null;
        }

        try
        {
            var best = highlighter.GetBestFragments(_analyzer.GetTokenStream(field, text), text, fragments, " … ");
            return string.IsNullOrWhiteSpace(best) ? null : best;
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }
}
