namespace JobScout.Infrastructure.Assessments;

public static class PracticeMode
{
    /// <summary>Feedback and the expert's explanation after each item.</summary>
    public const string Practice = "practice";

    /// <summary>Timed; feedback at the end; a pass mark.</summary>
    public const string Exam = "exam";
}

/// <summary>One go at a pack. The token in its address is the key, so it works without an account.</summary>
public sealed record PracticeAttempt(
    long Id,
    string Token,
    long? UserId,
    string PackId,
    int PackVersion,
    string Mode,
    DateTimeOffset StartedAt,
    DateTimeOffset? DeadlineAt,
    DateTimeOffset? FinishedAt,
    double? Percent,
    bool? Passed)
{
    public bool IsExam => Mode == PracticeMode.Exam;

    public bool IsOverAt(DateTimeOffset now) => FinishedAt is not null || (DeadlineAt is { } deadline && now > deadline);
}

/// <summary>A stored answer with the result it earned against the pack version of its attempt.</summary>
public sealed record StoredAnswer(string ItemId, ItemAnswer Answer, ItemResult Result, DateTimeOffset AnsweredAt);
