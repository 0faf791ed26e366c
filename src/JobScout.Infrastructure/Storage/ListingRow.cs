using System.Globalization;

namespace JobScout.Infrastructure.Storage;

/// <summary>The columns Dapper reads back; SQLite hands integers over as Int64.</summary>
internal sealed record ListingRow(long Id, string ListingJson, long IsExample, string Status, string FirstSeenAt, string LastSeenAt, long ChangeSeq, long? DuplicateOf)
{
    public const string Columns = "id AS Id, listing_json AS ListingJson, is_example AS IsExample, status AS Status, " +
                                  "first_seen_at AS FirstSeenAt, last_seen_at AS LastSeenAt, change_seq AS ChangeSeq, duplicate_of AS DuplicateOf";

    public StoredListing ToStored() => new(
        Id,
        Core.Listings.ListingJson.Deserialize(ListingJson),
        IsExample != 0,
        Status == ListingStatus.Open,
        DateTimeOffset.Parse(FirstSeenAt, CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(LastSeenAt, CultureInfo.InvariantCulture),
        ChangeSeq,
        DuplicateOf);
}

internal static class ListingStatus
{
    public const string Open = "open";
    public const string Closed = "closed";
}
