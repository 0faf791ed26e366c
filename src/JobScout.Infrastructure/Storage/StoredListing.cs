using JobScout.Core.Listings;

namespace JobScout.Infrastructure.Storage;

/// <summary>A listing as the database holds it: the normalized listing plus its life in JobScout.</summary>
public sealed record StoredListing(
    long Id,
    NormalizedListing Listing,
    bool IsExample,
    bool IsOpen,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    long ChangeSeq,
    long? DuplicateOf = null)
{
    /// <summary>Searchable: open, and not a second copy of a listing another source already gave.</summary>
    public bool IsSearchable => IsOpen && DuplicateOf is null;
}

/// <summary>What an upsert of a batch did.</summary>
/// <summary>What an upsert of a batch did. <see cref="Merged"/>: new rows found to be another source's listing.</summary>
public sealed record UpsertCounts(int New, int Updated, int Unchanged, int Merged = 0)
{
    public static UpsertCounts None { get; } = new(0, 0, 0);

    public UpsertCounts Add(UpsertCounts other) =>
        new(New + other.New, Updated + other.Updated, Unchanged + other.Unchanged, Merged + other.Merged);
}

/// <summary>The counts, and the listings that were new to JobScout (for search-term yield).</summary>
public sealed record UpsertResult(UpsertCounts Counts, IReadOnlyList<Core.Listings.NormalizedListing> Added);

public sealed record StoreStats(long OpenListings, long AllListings, long ChangeSequence, int SchemaVersion);
