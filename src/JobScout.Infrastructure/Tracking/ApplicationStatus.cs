namespace JobScout.Infrastructure.Tracking;

/// <summary>
/// Where an application stands. The board's columns follow <see cref="Board"/>: the usual path, the states AI-training
/// platforms put people in (under review, waitlisted, requalify by a date, no tasks available), and the closed ones.
/// </summary>
public static class ApplicationStatus
{
    public const string Saved = "saved";
    public const string Applied = "applied";
    public const string UnderReview = "under-review";
    public const string Assessment = "assessment";
    public const string Waitlisted = "waitlisted";
    public const string Onboarding = "onboarding";
    public const string Active = "active";
    public const string Requalify = "requalify";
    public const string NoTasks = "no-tasks";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";

    /// <summary>Every status, in board order.</summary>
    public static IReadOnlyList<string> Board { get; } =
        [Saved, Applied, UnderReview, Assessment, Waitlisted, Onboarding, Active, Requalify, NoTasks, Rejected, Withdrawn];

    public static bool IsKnown(string? status) => status is not null && Board.Contains(status);

    public static bool IsClosed(string status) => status is Rejected or Withdrawn;

    public static string Label(string status) => status switch
    {
        Saved => "Saved",
        Applied => "Applied",
        UnderReview => "Under review",
        Assessment => "Assessment",
        Waitlisted => "Waitlisted",
        Onboarding => "Onboarding",
        Active => "Active",
        Requalify => "Requalify by date",
        NoTasks => "No tasks available",
        Rejected => "Rejected",
        Withdrawn => "Withdrawn",
        _ => status,
    };
}
