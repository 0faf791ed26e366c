using Dapper;
using JobScout.Core.Listings;
using JobScout.Core.Scams;

namespace JobScout.Infrastructure.Storage;

/// <summary>A listing of a platform with the dates that place it in time.</summary>
public sealed record PlatformListing(long Id, NormalizedListing Listing, bool IsOpen, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt);

/// <summary>The crawled listings of one platform (by company name or alias), and their recorded changes.</summary>
public sealed class PlatformListings(DbConnectionFactory connections)
{
    public async Task<IReadOnlyList<PlatformListing>> ForAsync(Platform platform, CancellationToken ct = default)
    {
        var names = platform.Aliases.Prepend(platform.Name).Select(n => n.ToLowerInvariant()).ToArray();
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long Id, string Json, string Status, string First, string Last)>($"""
            SELECT id, listing_json, status, first_seen_at, last_seen_at FROM listings
            WHERE {connections.Dialect.InList("lower(company)", "names")} AND duplicate_of IS NULL AND is_example = 0 ORDER BY first_seen_at DESC LIMIT 2000
            """, new { names });
        return rows.Select(r => new PlatformListing(r.Id, ListingJson.Deserialize(r.Json), r.Status == "open", DbTime.Parse(r.First), DbTime.Parse(r.Last))).ToList();
    }

    public async Task<IReadOnlyList<(ListingChange Change, string Title)>> ChangesAsync(IReadOnlyCollection<long> listingIds, int limit, CancellationToken ct = default)
    {
        if (listingIds.Count == 0)
        {
            return [];
        }

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long ListingId, string Field, string From, string To, string At, string Title)>($"""
            SELECT c.listing_id, c.field, c.old_value, c.new_value, c.changed_at, l.title FROM listing_changes c JOIN listings l ON l.id = c.listing_id
            WHERE {connections.Dialect.InList("c.listing_id", "listingIds")} ORDER BY c.id DESC LIMIT @limit
            """, new { listingIds = listingIds.ToArray(), limit });
        return rows.Select(r => (new ListingChange(r.ListingId, r.Field, r.From, r.To, DbTime.Parse(r.At)), r.Title)).ToList();
    }
}
