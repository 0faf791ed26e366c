namespace JobScout.Infrastructure.Tracking;

/// <summary>Where an application stands. The board's columns follow <see cref="Board"/>; rejected and withdrawn close it.</summary>
public static class ApplicationStatus
{
    public const string Saved = "saved";
    public const string Applied = "applied";
    public const string Assessment = "assessment";
    public const string Onboarding = "onboarding";
    public const string Active = "active";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";

    /// <summary>Every status, in board order.</summary>
    public static IReadOnlyList<string> Board { get; } = [Saved, Applied, Assessment, Onboarding, Active, Rejected, Withdrawn];

    public static bool IsKnown(string? status) => status is not null && Board.Contains(status);

    public static string Label(string status) => status switch
    {
        Saved => "Saved",
        Applied => "Applied",
        Assessment => "Assessment",
        Onboarding => "Onboarding",
        Active => "Active",
        Rejected => "Rejected",
        Withdrawn => "Withdrawn",
        _ => status,
    };

    /// <summary>The next status along the main path (saved → … → active), for the board's "move on" button.</summary>
    public static string? Next(string status)
    {
        var index = Board.ToList().IndexOf(status);
        return index is >= 0 and < 4 ? Board[index + 1] : null;
    }

    public static string? Previous(string status)
    {
        var index = Board.ToList().IndexOf(status);
        return index is >= 1 and <= 4 ? Board[index - 1] : null;
    }
}
