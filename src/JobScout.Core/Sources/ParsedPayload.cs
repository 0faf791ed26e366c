using JobScout.Core.Listings;

namespace JobScout.Core.Sources;

/// <summary>A parsed payload: the listings read, and a line for each posting that had to be skipped.</summary>
public sealed record ParsedPayload(IReadOnlyList<NormalizedListing> Listings, IReadOnlyList<string> Problems);
