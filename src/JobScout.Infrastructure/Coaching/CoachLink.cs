namespace JobScout.Infrastructure.Coaching;

/// <summary>What a client lets their coach see. Each can be withdrawn at any time.</summary>
public sealed record Consent(bool SavedSearches, bool Tracker, bool Assessments)
{
    public static Consent None { get; } = new(false, false, false);

    /// <summary>"saved searches, tracker", or "nothing yet".</summary>
    public string Describe()
    {
        var shared = new List<string>(3);
        if (SavedSearches)
        {
            shared.Add("saved searches");
        }

        if (Tracker)
        {
            shared.Add("application tracker");
        }

        if (Assessments)
        {
            shared.Add("assessment results");
        }

        return shared.Count == 0 ? "nothing yet" : string.Join(", ", shared);
    }
}

/// <summary>An invitation from a coach and, once accepted, the coach–client relationship.</summary>
public sealed record CoachLink(
    long Id,
    long CoachId,
    long? ClientId,
    string Invitee,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? EndedAt,
    Consent Consent)
{
    public bool IsActive => AcceptedAt is not null && EndedAt is null;

    public bool IsPendingAt(DateTimeOffset now) => AcceptedAt is null && EndedAt is null && ExpiresAt > now;
}
