namespace JobScout.Infrastructure.Assessments.Grading;

/// <summary>Why a written justification earns nothing, whatever words it happens to share with a key point.</summary>
public enum JustificationFault
{
    None,
    Empty,
    CopiedPrompt,
    OffTopic,
}

/// <summary>
/// Finds justifications a grader gives no credit: empty ones, ones pasted from the prompt or the response being judged,
/// and ones about something else (too few of their words belong to the item at all).
/// </summary>
public static class JustificationCheck
{
    private const int Shingle = 3;
    private const double CopiedShare = 0.6;

    // A rewrite keeps what was right in the original, so only a near-copy of it counts as copied.
    private const double RewriteCopiedShare = 0.9;
    private const double OnTopicShare = 0.12;

    public static JustificationFault Check(GradedText answer, PracticeItem item)
    {
        var copiedShare = item.Type == PackVocabulary.Rewrite ? RewriteCopiedShare : CopiedShare;
        if (answer.IsEmpty)
        {
            return JustificationFault.Empty;
        }

        var shown = Shown(item).Select(t => GradedText.Read(t).Stems).ToList();
        if (answer.Stems.Count >= Shingle && Copied(answer.Stems, shown, copiedShare))
        {
            return JustificationFault.CopiedPrompt;
        }

        var vocabulary = shown.SelectMany(s => s).Concat(Told(item).SelectMany(t => GradedText.Read(t).Stems)).ToHashSet(StringComparer.Ordinal);
        var distinct = answer.Stems.Where(s => !GradingWords.Default.FunctionStems.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count > 0 && distinct.Count(vocabulary.Contains) < distinct.Count * OnTopicShare ? JustificationFault.OffTopic : JustificationFault.None;
    }

    public static string Describe(JustificationFault fault) => fault switch
    {
        JustificationFault.Empty => "No justification was written.",
        JustificationFault.CopiedPrompt => "The justification repeats the text being judged instead of judging it.",
        JustificationFault.OffTopic => "The justification is not about this item.",
        _ => "",
    };

    // Most of the answer's three-word runs stand in the text shown to the applicant.
    private static bool Copied(IReadOnlyList<string> answer, IReadOnlyList<IReadOnlyList<string>> shown, double share)
    {
        var runs = shown.SelectMany(Runs).ToHashSet(StringComparer.Ordinal);
        var own = Runs(answer).ToList();
        return own.Count > 0 && own.Count(runs.Contains) >= own.Count * share;
    }

    private static IEnumerable<string> Runs(IReadOnlyList<string> stems)
    {
        for (var i = 0; i + Shingle <= stems.Count; i++)
        {
            yield return string.Join(' ', stems.Skip(i).Take(Shingle));
        }
    }

    // What the applicant is shown to judge.
    private static IEnumerable<string> Shown(PracticeItem item) =>
        new[] { item.Prompt, item.Response, item.ResponseA, item.ResponseB, item.Text, item.Query, item.UserIntent, item.Result?.Title, item.Result?.Snippet }
            .Concat(item.Responses?.Select(r => r.Text) ?? [])
            .Concat(item.Claims?.Select(c => c.Text) ?? [])
            .OfType<string>();

    // What the item says about it: the expert's reasoning, the key points and their wordings.
    private static IEnumerable<string> Told(PracticeItem item) =>
        new[] { item.Explanation, item.Instructions, item.ModelAnswer }
            .Concat(item.KeyPoints.SelectMany(k => k.Phrasings.Prepend(k.Point)))
            .Concat(item.Rubric?.SelectMany(c => c.KeyPoints.SelectMany(k => k.Phrasings.Prepend(k.Point)).Prepend(c.Criterion)) ?? [])
            .Concat(item.Dimensions?.Values.Select(d => d.Explanation) ?? [])
            .Concat(item.Claims?.SelectMany(c => new[] { c.Source, c.Explanation }) ?? [])
            .OfType<string>();
}
