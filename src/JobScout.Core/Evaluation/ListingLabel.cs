namespace JobScout.Core.Evaluation;

/// <summary>A hand label of one real listing: what a careful reader says the classifier and pay reader should find.</summary>
public sealed record ListingLabel
{
    /// <summary>The payload file the listing is in (its name alone; the kind is its prefix, e.g. <c>ashby_…</c>).</summary>
    public required string File { get; init; }

    public required string SourceId { get; init; }
    public bool Relevant { get; init; }
    public string? RoleType { get; init; }
    public PayLabel? Pay { get; init; }
    public string? Level { get; init; }
    public IReadOnlyList<string> Domains { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? Note { get; init; }
}

/// <summary>Advertised base pay as labelled: figures in the listing's currency and their hourly equivalents.</summary>
public sealed record PayLabel(decimal? Min, decimal? Max, string? Currency, string? Interval, decimal? HourlyMin, decimal? HourlyMax);
