using JobScout.Infrastructure.Assessments.Grading;
using V = JobScout.Infrastructure.Assessments.PackVocabulary;

namespace JobScout.Infrastructure.Assessments;

/// <summary>
/// Scores one answer with each type's published weights (docs/assessment-packs.md). Ratings: the five dimensions
/// within tolerance 80 %, justification 20 %; pairwise: the choice 70 %, justification 30 %; ranking: Kendall's τ-b
/// (negative counts as 0) 80 %, justification 20 %; fact-check: verdicts 80 %, where to check 20 %; label: the label;
/// search: Needs Met 40 % and Page Quality 40 % (one step from an accepted rating earns half), justification 20 %;
/// rewrite: the mean of the rubric criteria met. A justification earns the mean credit of its key points, and nothing
/// when empty, copied from the item or off topic; the ticks shown are the credits scored.
/// </summary>
public static class ItemScorer
{
    public static ItemResult Score(PracticeItem item, ItemAnswer answer)
    {
        var text = GradedText.Read(answer.Text);
        var fault = JustificationCheck.Check(text, item);
        var keyPoints = fault == JustificationFault.None ? KeyPointScorer.Score(text, item.KeyPoints) : KeyPointScorer.Missing(item.KeyPoints);
        var justification = KeyPointScorer.Coverage(keyPoints);
        var faultNote = fault == JustificationFault.None ? null : JustificationCheck.Describe(fault);
        var result = item.Type switch
        {
            V.Rating => Rating(item, answer, justification),
            V.Pairwise => Pairwise(item, answer, justification),
            V.Ranking => Ranking(item, answer, justification),
            V.FactCheck => FactCheck(item, answer),
            V.Label => Label(item, answer),
            V.Search => Search(item, answer, justification),
            V.Rewrite => Rewrite(item, text, fault),
            _ => throw new InvalidOperationException($"Item {item.Id} has the unknown type \"{item.Type}\"; packs are validated on load."),
        };
        // Fact-checks and labels show their key points as feedback only; the verdicts, sources and label earn the points.
        var scoresJustification = item.Type is V.Rating or V.Pairwise or V.Ranking or V.Search;
        return item.Type == V.Rewrite ? result
            : result with { KeyPoints = keyPoints, JustificationFault = scoresJustification && item.KeyPoints.Count > 0 ? faultNote : null };
    }

    private static ItemResult Rating(PracticeItem item, ItemAnswer answer, double justification)
    {
        var dimensions = item.Dimensions!.Select(d =>
        {
            int? given = answer.Ratings is not null && answer.Ratings.TryGetValue(d.Key, out var g) ? g : null;
            var error = given is { } v ? Math.Abs(v - d.Value.Gold) : (int?)null;
            return new DimensionResult(d.Key, given, d.Value.Gold, d.Value.Tolerance, error <= d.Value.Tolerance, error);
        }).ToList();
        var within = dimensions.Count(d => d.WithinTolerance) / (double)dimensions.Count;
        return new ItemResult(item.Id, item.Type, (0.8 * within) + (0.2 * justification)) { Dimensions = dimensions };
    }

    private static ItemResult Pairwise(PracticeItem item, ItemAnswer answer, double justification)
    {
        var right = answer.Choice == item.Gold;
        return new ItemResult(item.Id, item.Type, (right ? 0.7 : 0) + (0.3 * justification)) { ChoiceRight = right };
    }

    private static ItemResult Ranking(PracticeItem item, ItemAnswer answer, double justification)
    {
        var tau = Tau(item, answer.Order);
        return new ItemResult(item.Id, item.Type, (0.8 * Math.Max(0, tau ?? 0)) + (0.2 * justification)) { TauB = tau };
    }

    private static ItemResult FactCheck(PracticeItem item, ItemAnswer answer)
    {
        var claims = item.Claims!.Select((c, i) => answer.Verdicts is not null && i < answer.Verdicts.Count && answer.Verdicts[i] == c.Gold).ToList();
        var sources = SourceCheck.Score(answer.Sources, item.Claims!);
        return new ItemResult(item.Id, item.Type, (0.8 * claims.Count(c => c) / claims.Count) + (0.2 * sources.Credit)) { ClaimsRight = claims, Sources = sources };
    }

    private static ItemResult Label(PracticeItem item, ItemAnswer answer)
    {
        var accepted = answer.Choice is not null && item.Accepted!.Contains(answer.Choice);
        return new ItemResult(item.Id, item.Type, accepted ? 1 : 0)
        {
            ChoiceRight = accepted,
            LabelPair = new LabelChoice(item.Accepted![0], accepted ? item.Accepted[0] : answer.Choice ?? "(none)"),
        };
    }

    private static ItemResult Search(PracticeItem item, ItemAnswer answer, double justification)
    {
        var needs = ScaleCredit(answer.NeedsMet, item.NeedsMet!, V.NeedsMet);
        var quality = ScaleCredit(answer.PageQuality, item.PageQuality!, V.PageQuality);
        return new ItemResult(item.Id, item.Type, (0.4 * needs) + (0.4 * quality) + (0.2 * justification)) { ClaimsRight = [needs >= 1, quality >= 1] };
    }

    private static ItemResult Rewrite(PracticeItem item, GradedText text, JustificationFault fault)
    {
        var criteria = item.Rubric!.Select(c => fault == JustificationFault.None ? KeyPointScorer.Score(text, c.KeyPoints) : KeyPointScorer.Missing(c.KeyPoints)).ToList();
        return new ItemResult(item.Id, item.Type, criteria.Average(KeyPointScorer.Coverage))
        {
            KeyPoints = criteria.SelectMany(c => c).ToList(),
            JustificationFault = fault == JustificationFault.None ? null : JustificationCheck.Describe(fault),
        };
    }

    /// <summary>1 for an accepted rating; ½ a full grade from the nearest accepted one (a half step, such as "Highly Meets+", ¾); else 0.</summary>
    public static double ScaleCredit(string? given, GradedChoice gold, IReadOnlyList<string> scale)
    {
        if (given is null || !scale.Contains(given))
        {
            return 0;
        }

        var at = V.GradePosition(given, scale);
        var steps = gold.Accepted.Where(scale.Contains).Select(a => Math.Abs(V.GradePosition(a, scale) - at)).DefaultIfEmpty(double.MaxValue).Min();
        return steps <= 0 ? 1 : steps <= 0.5 ? 0.75 : steps <= 1 ? 0.5 : 0;
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
