using JobScout.Infrastructure.Assessments.Grading;

namespace JobScout.Infrastructure.Assessments;

/// <summary>
/// A key point and how far a written answer made it: <see cref="Credit"/> 1 when made, ½ when half made, 0 when
/// missing, with the wording that matched and the words of it the answer used.
/// </summary>
public sealed record KeyPointResult(string Point, bool Covered, string? MatchedPhrasing)
{
    /// <summary>Null in answers stored before partial credit: then it is all or nothing.</summary>
    public double? Credit { get; init; }

    /// <summary>The stems of the matched wording that the answer used.</summary>
    public IReadOnlyList<string> MatchedWords { get; init; } = [];

    /// <summary>The sentence of the answer that made (or half made) the point.</summary>
    public string? MatchedSentence { get; init; }

    public double Share => Credit ?? (Covered ? 1 : 0);

    public bool Partly => Share is > 0 and < 1;
}

/// <summary>
/// Reads a written justification the way a grader does. A key point is made when one sentence holds every content
/// word of one of its phrasings, or of the point itself, in any order — after times and numbers are written one way
/// ("13:00" = "1 pm"), stems are taken ("citing no sources" = "cites no source") and synonyms read as one
/// ("unlawful" = "illegal"). A sentence holding most of the words of a longer wording half makes it.
/// Deterministic; no language model.
/// </summary>
public static class KeyPointScorer
{
    private const double HalfMade = 0.5;
    private const double MostWords = 0.6;
    private const int FewestWordsForHalf = 3;

    public static IReadOnlyList<KeyPointResult> Score(string? justification, IReadOnlyList<KeyPoint> points) =>
        Score(GradedText.Read(justification), points);

    public static IReadOnlyList<KeyPointResult> Score(GradedText answer, IReadOnlyList<KeyPoint> points) =>
        points.Select(point => Match(answer, point)).ToList();

    /// <summary>The key points, all missing: what an empty, copied or off-topic justification earns.</summary>
    public static IReadOnlyList<KeyPointResult> Missing(IReadOnlyList<KeyPoint> points) =>
        points.Select(p => new KeyPointResult(p.Point, false, null) { Credit = 0 }).ToList();

    /// <summary>Mean credit of the points, 0 to 1; 1 when there is nothing to make.</summary>
    public static double Coverage(IReadOnlyList<KeyPointResult> results) => results.Count == 0 ? 1 : results.Average(r => r.Share);

    /// <summary>A phrasing of only stop words could never match.</summary>
    public static bool CanMatch(string phrasing) => GradedText.ContentStems(phrasing).Length > 0;

    private static KeyPointResult Match(GradedText answer, KeyPoint point)
    {
        var best = new KeyPointResult(point.Point, false, null) { Credit = 0 };
        foreach (var wording in point.Phrasings.Prepend(point.Point))
        {
            var wanted = GradedText.ContentStems(wording).Distinct(StringComparer.Ordinal).ToList();
            if (wanted.Count == 0)
            {
                continue;
            }

            foreach (var sentence in answer.Sentences)
            {
                var found = wanted.Where(sentence.StemSet.Contains).ToList();
                var credit = found.Count == wanted.Count ? 1
                    : wanted.Count >= FewestWordsForHalf && found.Count >= Math.Ceiling(wanted.Count * MostWords) ? HalfMade
                    : 0;
                if (credit > best.Share)
                {
                    best = new KeyPointResult(point.Point, credit >= 1, wording) { Credit = credit, MatchedWords = found, MatchedSentence = sentence.Text };
                    if (credit >= 1)
                    {
                        return best;
                    }
                }
            }
        }

        return best;
    }
}
