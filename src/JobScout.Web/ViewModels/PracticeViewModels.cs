using JobScout.Infrastructure.Assessments;

namespace JobScout.Web.ViewModels;

public sealed record PracticeItemViewModel(PracticeAttempt Attempt, PracticePack Pack, PracticeItem Item, int Number, ItemAnswer? Previous, DateTimeOffset Now)
{
    public bool IsLast => Number == Pack.Items.Count;

    public int? MinutesLeft => Attempt.DeadlineAt is { } deadline ? Math.Max(0, (int)Math.Ceiling((deadline - Now).TotalMinutes)) : null;
}

public sealed record PracticeFeedbackViewModel(PracticeAttempt Attempt, PracticePack Pack, PracticeItem Item, int Number, StoredAnswer Answer);

public sealed record PracticeResultsViewModel(PracticeAttempt Attempt, PracticePack Pack, AttemptSummary Summary, IReadOnlyList<StoredAnswer> Answers)
{
    public StoredAnswer? AnswerTo(string itemId) => Answers.FirstOrDefault(a => a.ItemId == itemId);
}

public sealed record PracticeHistoryRow(PracticeAttempt Attempt, string PackTitle, double Percent, bool? Passed, int Answered, int Items);

public sealed record PracticeHistoryViewModel(IReadOnlyList<PracticeHistoryRow> Attempts, AttemptSummary Overall, PracticePack? SuggestedPack);

public sealed record PackEditorViewModel(string Json, string? Problem, string? Saved, IReadOnlyList<PracticePack> Packs);

public sealed record PracticeIndexViewModel(IReadOnlyList<PracticePack> Packs, IReadOnlyList<PracticeAssignment> Assigned);
