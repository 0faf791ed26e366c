namespace JobScout.Infrastructure.Assessments;

/// <summary>What the applicant answered for one item; only the parts of its type are set.</summary>
public sealed record ItemAnswer
{
    public IReadOnlyDictionary<string, int>? Ratings { get; init; }

    /// <summary>Pairwise (A, B, tie) or label choice.</summary>
    public string? Choice { get; init; }

    /// <summary>Ranking: response ids, best first.</summary>
    public IReadOnlyList<string>? Order { get; init; }

    /// <summary>Fact-check: a verdict per claim, in claim order.</summary>
    public IReadOnlyList<string?>? Verdicts { get; init; }

    public string? NeedsMet { get; init; }

    public string? PageQuality { get; init; }

    /// <summary>The written justification, or the rewrite.</summary>
    public string? Text { get; init; }

    /// <summary>Fact-check: where the applicant would check the claims.</summary>
    public string? Sources { get; init; }
}

/// <summary>A label item's gold label and the one chosen, for Cohen's κ over an attempt.</summary>
public sealed record LabelChoice(string Gold, string Chosen);

/// <summary>A rating dimension as answered.</summary>
public sealed record DimensionResult(string Dimension, int? Given, int Gold, int Tolerance, bool WithinTolerance, int? AbsoluteError);

/// <summary>How an answer scored: points from 0 to 1 and everything the feedback shows.</summary>
public sealed record ItemResult(string ItemId, string Type, double Points)
{
    public bool Correct => Points >= 0.7;

    public IReadOnlyList<DimensionResult> Dimensions { get; init; } = [];

    public IReadOnlyList<KeyPointResult> KeyPoints { get; init; } = [];

    public double? TauB { get; init; }

    public bool? ChoiceRight { get; init; }

    public IReadOnlyList<bool> ClaimsRight { get; init; } = [];

    public LabelChoice? LabelPair { get; init; }

    /// <summary>Why the written justification earned nothing (empty, copied, off topic), or null.</summary>
    public string? JustificationFault { get; init; }

    /// <summary>Fact-check: how the "where would you check it" answer scored.</summary>
    public Grading.SourceResult? Sources { get; init; }
}
