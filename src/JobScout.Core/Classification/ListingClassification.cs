namespace JobScout.Core.Classification;

/// <summary>What the classifier says about one listing, in the contract's ids.</summary>
public sealed record ListingClassification(
    IReadOnlyList<string> RoleTypes,
    IReadOnlyList<string> TaskTypes,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Languages,
    string? Level,
    IReadOnlyList<string> Flags)
{
    /// <summary>Listings judged AI-training work always carry at least one role type; others carry none.</summary>
    public bool Relevant => RoleTypes.Count > 0;
}
