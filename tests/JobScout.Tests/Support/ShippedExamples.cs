namespace JobScout.Tests.Support;

/// <summary>What data/examples/listings.jsonl holds: 30 listings, of which 26 are AI-training work.</summary>
public static class ShippedExamples
{
    public const int All = 30;
    public const int Relevant = 26;
}
