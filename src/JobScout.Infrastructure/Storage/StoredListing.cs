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
    long ChangeSeq);

/// <summary>What an upsert of a batch did.</summary>
public sealed record UpsertCounts(int New, int Updated, int Unchanged)
{
    public static UpsertCounts None { get; } = new(0, 0, 0);

    public UpsertCounts Add(UpsertCounts other) => new(New + other.New, Updated + other.Updated, Unchanged + other.Unchanged);
}

public sealed record StoreStats(long OpenListings, long AllListings, long ChangeSequence, int SchemaVersion);
