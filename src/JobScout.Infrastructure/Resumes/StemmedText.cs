using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace JobScout.Infrastructure.Resumes;

/// <summary>A token of analyzed text: its English stem and where it stood in the original.</summary>
public readonly record struct StemToken(string Stem, int Start, int End);

/// <summary>
/// Text as the search index sees it (Lucene's English analyzer: lower case, stop words out, Porter stems), so
/// "annotated" and "annotation" meet, while "Java" never matches inside "JavaScript".
/// </summary>
public static class StemmedText
{
    private static readonly Analyzer English = new EnglishAnalyzer(LuceneVersion.LUCENE_48);

    public static IReadOnlyList<StemToken> Analyze(string text)
    {
        var tokens = new List<StemToken>();
        using var stream = English.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new StemToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public static string[] Stems(string text) => Analyze(text).Select(t => t.Stem).ToArray();

    /// <summary>How many times the phrase's stems occur, in order and next to each other, in the text's stems.</summary>
    public static int CountPhrase(IReadOnlyList<StemToken> text, string[] phrase)
    {
        if (phrase.Length == 0 || phrase.Length > text.Count)
        {
            return 0;
        }

        var count = 0;
        for (var i = 0; i + phrase.Length <= text.Count; i++)
        {
            var j = 0;
            while (j < phrase.Length && text[i + j].Stem == phrase[j])
            {
                j++;
            }

            count += j == phrase.Length ? 1 : 0;
        }

        return count;
    }
}
