namespace JobScout.Infrastructure.Resumes;

/// <summary>A keyword found, the first resume line it is in, and how often it occurs (in the listing too, for a listing).</summary>
public sealed record KeywordHit(string Keyword, KeywordCategory Category, string Line, int ResumeCount, int? ListingCount);

/// <summary>A keyword not found, with a phrasing to add.</summary>
public sealed record KeywordMiss(string Keyword, KeywordCategory Category, string Suggestion, int? ListingCount);

/// <summary>A check of how applicant-tracking software will read the file.</summary>
public sealed record ResumeCheck(string Name, bool Passed, string Message);

/// <summary>One part of the score: how many of its keywords (or checks) were met and the points they earned.</summary>
public sealed record ScorePart(string Name, string Label, int Met, int Total, double Points, double MaxPoints);

public sealed record ResumeReport(
    string TargetName,
    int Score,
    IReadOnlyList<ScorePart> Breakdown,
    IReadOnlyList<KeywordHit> Matched,
    IReadOnlyList<KeywordMiss> Missing,
    IReadOnlyList<ResumeCheck> Checks,
    ResumeFormat Format,
    int Pages,
    int Words);
