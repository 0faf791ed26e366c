using V = JobScout.Infrastructure.Assessments.PackVocabulary;

namespace JobScout.Infrastructure.Assessments;

/// <summary>
/// Scores one answer. Ratings: share of the five dimensions within tolerance (80 %) and the justification's key
/// points (20 %); pairwise: the choice (70 %) and key points (30 %); ranking: Kendall's τ-b, negative counting as 0
/// (80 %) and key points (20 %); fact-check: share of claims judged right; label: an accepted label; search: Needs
/// Met and Page Quality half each; rewrite: key points covered per rubric criterion.
/// </summary>
public static class ItemScorer
{
    public static ItemResult Score(PracticeItem item, ItemAnswer answer)
    {
        var keyPoints = KeyPointScorer.Score(answer.Text, item.KeyPoints);
        var coverage = KeyPointScorer.Coverage(keyPoints);
        switch (item.Type)
        {
            case V.Rating:
                var dimensions = item.Dimensions!.Select(d =>
                {
                    int? given = answer.Ratings is not null && answer.Ratings.TryGetValue(d.Key, out var g) ? g : null;
                    var error = given is { } v ? Math.Abs(v - d.Value.Gold) : (int?)null;
                    return new DimensionResult(d.Key, given, d.Value.Gold, d.Value.Tolerance, error <= d.Value.Tolerance, error);
                }).ToList();
                var within = dimensions.Count(d => d.WithinTolerance) / (double)dimensions.Count;
                return new ItemResult(item.Id, item.Type, (0.8 * within) + (0.2 * coverage)) { Dimensions = dimensions, KeyPoints = keyPoints };
            case V.Pairwise:
                var right = answer.Choice == item.Gold;
                return new ItemResult(item.Id, item.Type, (right ? 0.7 : 0) + (0.3 * coverage)) { ChoiceRight = right, KeyPoints = keyPoints };
            case V.Ranking:
                var tau = Tau(item, answer.Order);
                return new ItemResult(item.Id, item.Type, (0.8 * Math.Max(0, tau ?? 0)) + (0.2 * coverage)) { TauB = tau, KeyPoints = keyPoints };
            case V.FactCheck:
                var claims = item.Claims!.Select((c, i) => answer.Verdicts is not null && i < answer.Verdicts.Count && answer.Verdicts[i] == c.Gold).ToList();
                return new ItemResult(item.Id, item.Type, claims.Count(c => c) / (double)claims.Count) { ClaimsRight = claims };
            case V.Label:
                var accepted = answer.Choice is not null && item.Accepted!.Contains(answer.Choice);
                return new ItemResult(item.Id, item.Type, accepted ? 1 : 0)
                {
                    ChoiceRight = accepted,
                    KeyPoints = keyPoints, // shown as feedback; the label alone earns the points
                    LabelPair = new LabelChoice(item.Accepted![0], accepted ? item.Accepted[0] : answer.Choice ?? "(none)"),
                };
            case V.Search:
                var needs = answer.NeedsMet is not null && item.NeedsMet!.Accepted.Contains(answer.NeedsMet);
                var quality = answer.PageQuality is not null && item.PageQuality!.Accepted.Contains(answer.PageQuality);
                return new ItemResult(item.Id, item.Type, (needs ? 0.5 : 0) + (quality ? 0.5 : 0)) { ClaimsRight = [needs, quality], KeyPoints = keyPoints };
            default:
                var criteria = item.Rubric!.Select(c => KeyPointScorer.Score(answer.Text, c.KeyPoints)).ToList();
                return new ItemResult(item.Id, item.Type, criteria.Average(KeyPointScorer.Coverage)) { KeyPoints = criteria.SelectMany(c => c).ToList() };
        }
    }

    /// <summary>τ-b of the applicant's order against the gold order; ids left unranked share the last place.</summary>
    private static double? Tau(PracticeItem item, IReadOnlyList<string>? order)
    {
        var gold = item.GoldOrder!;
        var given = order ?? [];
        double Rank(string id) => given.ToList().IndexOf(id) is var i && i >= 0 ? i : given.Count;
        return Agreement.KendallTauB(gold.Select((_, i) => (double)i).ToList(), gold.Select(Rank).ToList());
    }
}
