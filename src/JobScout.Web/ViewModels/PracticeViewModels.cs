using JobScout.Infrastructure.Assessments;

namespace JobScout.Web.ViewModels;

public sealed record PracticeItemViewModel(PracticeAttempt Attempt, PracticePack Pack, PracticeItem Item, int Number, ItemAnswer? Previous, DateTimeOffset Now)
{
    public bool IsLast => Number == Pack.Items.Count;

    /// <summary>Why the last submission was not accepted, shown above the form.</summary>
    public string? Problem { get; init; }

    public int? MinutesLeft => Attempt.DeadlineAt is { } deadline ? Math.Max(0, (int)Math.Ceiling((deadline - Now).TotalMinutes)) : null;
}

public sealed record PracticeFeedbackViewModel(PracticeAttempt Attempt, PracticePack Pack, PracticeItem Item, int Number, StoredAnswer Answer);

public sealed record PracticeResultsViewModel(PracticeAttempt Attempt, PracticePack Pack, AttemptSummary Summary, IReadOnlyList<StoredAnswer> Answers)
{
    public StoredAnswer? AnswerTo(string itemId) => Answers.FirstOrDefault(a => a.ItemId == itemId);

    /// <summary>Time spent on an item: from the previous answer (or the start) to this one.</summary>
    public TimeSpan? TimeOn(string itemId)
    {
        var ordered = Answers.OrderBy(a => a.AnsweredAt).ToList();
        var index = ordered.FindIndex(a => a.ItemId == itemId);
        return index < 0 ? null : ordered[index].AnsweredAt - (index == 0 ? Attempt.StartedAt : ordered[index - 1].AnsweredAt);
    }
}

/// <summary>An exam still running: what is answered, nothing of the golds.</summary>
public sealed record ExamProgressViewModel(PracticeAttempt Attempt, PracticePack Pack, IReadOnlySet<string> Answered, int? Refused);

public sealed record PracticeHistoryRow(PracticeAttempt Attempt, string PackTitle, double Percent, bool? Passed, int Answered, int Items);

public sealed record PracticeHistoryViewModel(IReadOnlyList<PracticeHistoryRow> Attempts, AttemptSummary Overall, PracticePack? SuggestedPack);

public sealed record PackEditorViewModel(string Json, string? Problem, string? Saved, IReadOnlyList<PracticePack> Packs);

public sealed record PracticeIndexViewModel(IReadOnlyList<PracticePack> Packs, IReadOnlyList<PracticeAssignment> Assigned);
