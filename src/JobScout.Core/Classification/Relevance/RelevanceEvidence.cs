namespace JobScout.Core.Classification.Relevance;

/// <summary>One piece of evidence for or against a listing being AI-training work, with its weight and what showed it.</summary>
public sealed record RelevanceEvidence(string Kind, int Weight, string Shown);

/// <summary>The judgement and the evidence it was summed from, so anyone can see why a listing was kept or dropped.</summary>
public sealed record RelevanceVerdict(bool Relevant, int Score, IReadOnlyList<RelevanceEvidence> Evidence)
{
    /// <summary>The score a listing needs to count as AI-training work.</summary>
    public const int Threshold = 3;
}
