namespace JobScout.Core.Listings;

/// <summary>One job listing in JobScout's normalized form (the contract printed by <c>jobscout parse</c>).</summary>
public sealed record NormalizedListing
{
    public required string Source { get; init; }
    public required string SourceId { get; init; }
    public required string Title { get; init; }
    public required string Company { get; init; }
    public string? Url { get; init; }
    public string? ApplyUrl { get; init; }
    public string? Location { get; init; }

    /// <summary>Plain text, for the index and for snippets.</summary>
    public string Description { get; init; } = "";

    /// <summary>Sanitized HTML, safe to render as-is.</summary>
    public string DescriptionHtml { get; init; } = "";

    public bool? Remote { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public string? EmploymentType { get; init; }
    public DateTimeOffset? PostedAt { get; init; }
    public DateTimeOffset? ValidThrough { get; init; }
    public PayRange? Pay { get; init; }
    public bool Relevant { get; init; }
    public IReadOnlyList<string> RoleTypes { get; init; } = [];
    public IReadOnlyList<string> TaskTypes { get; init; } = [];
    public IReadOnlyList<string> Domains { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? Level { get; init; }
    public IReadOnlyList<string> Flags { get; init; } = [];
}
