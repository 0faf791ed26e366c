using JobScout.Core.Listings;

namespace JobScout.Core.Sources;

/// <summary>
/// What a source parser reads off one posting, before normalization. Structured fields (Remote, Countries,
/// Pay) win over what the normalizer can read from text; leave them null when the source does not say.
/// </summary>
public sealed record ListingDraft
{
    public required string Source { get; init; }
    public required string SourceId { get; init; }
    public required string Title { get; init; }
    public required string Company { get; init; }
    public string? Url { get; init; }
    public string? ApplyUrl { get; init; }

    /// <summary>Display text such as "Remote - United States, Canada".</summary>
    public string? Location { get; init; }

    /// <summary>Description as HTML (escaped HTML is fine) or as plain text.</summary>
    public string? DescriptionHtml { get; init; }

    /// <summary>Free-text pay, parsed when <see cref="Pay"/> is null.</summary>
    public string? PayText { get; init; }

    /// <summary>Pay from structured fields; build it with <see cref="Pay.PayRanges.From"/>.</summary>
    public PayRange? Pay { get; init; }

    public bool? Remote { get; init; }

    /// <summary>Eligible countries as ISO-3166 alpha-2 codes, when the source lists them.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    public DateTimeOffset? PostedAt { get; init; }
    public DateTimeOffset? ValidThrough { get; init; }

    /// <summary>The source's own spelling ("FullTime", "CONTRACTOR", "Part-time"…); normalized later.</summary>
    public string? EmploymentType { get; init; }

    /// <summary>Tags, categories, departments: extra words for classification.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
