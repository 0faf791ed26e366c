namespace JobScout.Core.Sources;

/// <summary>What a source parser reads off one posting, before normalization.</summary>
public sealed record ListingDraft
{
    public required string Source { get; init; }
    public required string SourceId { get; init; }
    public required string Title { get; init; }
    public required string Company { get; init; }
    public string? Url { get; init; }
    public string? ApplyUrl { get; init; }
    public string? Location { get; init; }
    public string? DescriptionHtml { get; init; }
    public string? PayText { get; init; }
    public DateTimeOffset? PostedAt { get; init; }
    public DateTimeOffset? ValidThrough { get; init; }
    public string? EmploymentType { get; init; }
}
