namespace JobScout.Core.Scams;

/// <summary>A warning sign found in a message, and why it matters.</summary>
public sealed record ScamSignal(string Id, string Explanation);

/// <summary>The verdict on a recruiter message: likely-scam, caution or no-warning-signs.</summary>
public sealed record ScamReport(string Verdict, string? ClaimedPlatform, IReadOnlyList<ScamSignal> Signals)
{
    public const string LikelyScam = "likely-scam";
    public const string Caution = "caution";
    public const string NoWarningSigns = "no-warning-signs";

    /// <summary>How the claimed platform really contacts people, from the registry.</summary>
    public string? HowThePlatformContacts { get; init; }
}
