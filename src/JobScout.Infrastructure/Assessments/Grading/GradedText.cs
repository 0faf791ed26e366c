using JobScout.Core.Text;
using JobScout.Infrastructure.Resumes;

namespace JobScout.Infrastructure.Assessments.Grading;

/// <summary>One sentence of an answer as the grader reads it: its content words, stemmed and written as their synonym group.</summary>
public sealed record GradedSentence(string Text, IReadOnlyList<string> Stems)
{
    public HashSet<string> StemSet { get; } = [.. Stems];
}

/// <summary>
/// An answer read for grading: times and numbers written one way, synonyms as one word, stop words out, stems per
/// sentence, so a key point can be found in any order within a sentence.
/// </summary>
public sealed class GradedText
{
    private GradedText(IReadOnlyList<GradedSentence> sentences)
    {
        Sentences = sentences;
        Stems = sentences.SelectMany(s => s.Stems).ToList();
    }

    public IReadOnlyList<GradedSentence> Sentences { get; }

    /// <summary>All content stems, in order.</summary>
    public IReadOnlyList<string> Stems { get; }

    public bool IsEmpty => Stems.Count == 0;

    public static GradedText Read(string? text, GradingWords? words = null)
    {
        var vocabulary = words ?? GradingWords.Default;
        var sentences = TextSentences.Split(text ?? "")
            .Select(s => new GradedSentence(s, ContentStems(s, vocabulary)))
            .Where(s => s.Stems.Count > 0)
            .ToList();
        return new GradedText(sentences);
    }

    /// <summary>A phrase's content stems as the grader reads them (for key points and their phrasings).</summary>
    public static string[] ContentStems(string phrase, GradingWords? words = null)
    {
        var vocabulary = words ?? GradingWords.Default;
        var rewritten = vocabulary.RewritePhrases(AnswerWording.Normalize(phrase));
        return StemmedText.Stems(rewritten).Select(vocabulary.Canonical).ToArray();
    }
}
