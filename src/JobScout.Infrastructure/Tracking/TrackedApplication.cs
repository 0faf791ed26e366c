namespace JobScout.Infrastructure.Tracking;

/// <summary>One listing on a person's board, with their notes and the next step they set themselves.</summary>
public sealed record TrackedApplication(
    long Id,
    long OwnerId,
    long ListingId,
    string Title,
    string Company,
    string? Url,
    string Status,
    string Notes,
    string NextStep,
    DateOnly? NextStepOn,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>When the application entered its current status.</summary>
    public DateTimeOffset StatusSince { get; init; }

    public bool IsReminderDue(DateOnly today) => NextStepOn is { } on && on <= today && !ApplicationStatus.IsClosed(Status);
}

/// <summary>A status an application entered, and when.</summary>
public sealed record StatusChange(long ApplicationId, string Status, DateTimeOffset At);
