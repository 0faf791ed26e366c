namespace JobScout.Infrastructure.Assessments.Grading;

/// <summary>One answer where the grader and the expert disagree.</summary>
public sealed record GradingDisagreement(string Pack, string Item, string Type, string Kind, double Expert, double Grader, string? Note, string Detail);

/// <summary>Agreement over a group of answers (all of them, or one item type).</summary>
public sealed record GradingAgreement(string Group, int Count, double? Spearman, double MeanAbsoluteError);

/// <summary>The grader against expert scores: agreement overall and per type, and each answer it gets badly wrong.</summary>
public sealed record GradingReport(
    int Answers,
    int Unmatched,
    GradingAgreement Overall,
    IReadOnlyList<GradingAgreement> PerType,
    IReadOnlyList<GradingDisagreement> Disagreements,
    IReadOnlyList<GradingDisagreement> KeyPointsMissed,
    IReadOnlyList<GradingDisagreement> EmptyCredited);

/// <summary>
/// Scores expert-graded answers with the product's grader: Spearman's ρ and the mean absolute error overall and per
/// item type, every disagreement over 20 points, verbatim or paraphrased justifications scored as making no key point,
/// and empty, off-topic or copied justifications that earned credit.
/// </summary>
public static class GradingEvaluator
{
    public const double Tolerance = 20;

    public static GradingReport Evaluate(IReadOnlyList<GradedAnswer> answers, Func<string, PracticePack?> findPack)
    {
        var scored = new List<(GradedAnswer Answer, PracticeItem Item, ItemResult Result)>();
        var unmatched = 0;
        foreach (var answer in answers)
        {
            var item = findPack(answer.Pack)?.Items.FirstOrDefault(i => i.Id == answer.Item);
            if (item is null)
            {
                unmatched++;
                continue;
            }

            scored.Add((answer, item, ItemScorer.Score(item, answer.Answer)));
        }

        GradingDisagreement Disagreement((GradedAnswer Answer, PracticeItem Item, ItemResult Result) s) =>
            new(s.Answer.Pack, s.Answer.Item, s.Item.Type, s.Answer.Kind, s.Answer.Expert, Math.Round(100 * s.Result.Points, 1), s.Answer.Note, Detail(s.Result));

        var justified = scored.Where(s => s.Result.KeyPoints.Count > 0 && s.Item.Type is not (PackVocabulary.FactCheck or PackVocabulary.Label)).ToList();
        return new GradingReport(
            scored.Count,
            unmatched,
            Agreement("all", scored),
            scored.GroupBy(s => s.Item.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Agreement(g.Key, g.ToList())).ToList(),
            scored.Where(s => Math.Abs((100 * s.Result.Points) - s.Answer.Expert) > Tolerance).Select(Disagreement).ToList(),
            justified.Where(s => s.Answer.Kind is "verbatim" or "paraphrased" && s.Result.KeyPoints.All(k => k.Share == 0)).Select(Disagreement).ToList(),
            justified.Where(s => s.Answer.Kind is "empty" or "off-topic" or "copied-prompt" && s.Result.KeyPoints.Any(k => k.Share > 0)).Select(Disagreement).ToList());
    }

    private static GradingAgreement Agreement(string group, List<(GradedAnswer Answer, PracticeItem Item, ItemResult Result)> scored) =>
        new(group, scored.Count,
            Statistics.Spearman(scored.Select(s => s.Answer.Expert).ToList(), scored.Select(s => 100 * s.Result.Points).ToList()),
            scored.Count == 0 ? 0 : Math.Round(scored.Average(s => Math.Abs((100 * s.Result.Points) - s.Answer.Expert)), 1));

    private static string Detail(ItemResult result)
    {
        var points = string.Join("; ", result.KeyPoints.Select(k => $"{(k.Share >= 1 ? "made" : k.Share > 0 ? "half" : "missing")}: {k.Point}"));
        return result.JustificationFault is { } fault ? $"{fault} {points}" : points;
    }
}
