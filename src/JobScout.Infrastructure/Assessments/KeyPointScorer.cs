using JobScout.Infrastructure.Resumes;

namespace JobScout.Infrastructure.Assessments;

/// <summary>A key point and whether a written justification made it, with the phrasing that did.</summary>
public sealed record KeyPointResult(string Point, bool Covered, string? MatchedPhrasing);

/// <summary>
/// Scores written justifications by key-point coverage: a point is made when any of its accepted phrasings occurs in
/// the text as whole words after stemming (Lucene's English analyzer), in order. Deterministic; no language model.
/// </summary>
public static class KeyPointScorer
{
    public static IReadOnlyList<KeyPointResult> Score(string? justification, IReadOnlyList<KeyPoint> points)
    {
        var stems = StemmedText.Analyze(justification ?? "");
        return points.Select(point =>
        {
            var made = point.Phrasings.FirstOrDefault(p => StemmedText.CountPhrase(stems, StemmedText.Stems(p)) > 0);
            return new KeyPointResult(point.Point, made is not null, made);
        }).ToList();
    }

    /// <summary>Share of the points made, 0 to 1; 1 when there is nothing to make.</summary>
    public static double Coverage(IReadOnlyList<KeyPointResult> results) => results.Count == 0 ? 1 : (double)results.Count(r => r.Covered) / results.Count;

    /// <summary>A phrasing of only stop words could never match.</summary>
    public static bool CanMatch(string phrasing) => StemmedText.Stems(phrasing).Length > 0;
}
