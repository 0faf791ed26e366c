using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using JobScout.Core.Listings;
using Microsoft.Data.Sqlite;

namespace JobScout.Infrastructure.Storage;

/// <summary>
/// The listings table, the source of truth. Every insert or change takes the next value of the change
/// sequence, which the index follows.
/// </summary>
public sealed class ListingStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    public async Task<UpsertCounts> UpsertAsync(IReadOnlyList<NormalizedListing> listings, bool isExample, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var counts = UpsertCounts.None;
        foreach (var listing in listings)
        {
            ct.ThrowIfCancellationRequested();
            counts = counts.Add(await UpsertOneAsync(connection, transaction, listing, isExample, now));
        }

        await transaction.CommitAsync(ct);
        return counts;
    }

    private static async Task<UpsertCounts> UpsertOneAsync(SqliteConnection connection, SqliteTransaction transaction, NormalizedListing listing, bool isExample, string now)
    {
        var json = ListingJson.Serialize(listing);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var existing = await connection.QuerySingleOrDefaultAsync<(long Id, string Hash, string Status)?>(
            "SELECT id, content_hash, status FROM listings WHERE source = @Source AND source_id = @SourceId",
            new { listing.Source, listing.SourceId }, transaction);
        var row = new
        {
            listing.Source,
            listing.SourceId,
            listing.Title,
            listing.Company,
            PostedAt = listing.PostedAt?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            Json = json,
            Hash = hash,
            IsExample = isExample ? 1 : 0,
            Now = now,
        };

        if (existing is null)
        {
            var newSeq = await NextSequenceAsync(connection, transaction);
            await connection.ExecuteAsync("""
                INSERT INTO listings (source, source_id, title, company, posted_at, listing_json, content_hash, is_example,
                                      status, first_seen_at, last_seen_at, change_seq)
                VALUES (@Source, @SourceId, @Title, @Company, @PostedAt, @Json, @Hash, @IsExample, 'open', @Now, @Now, @Seq)
                """, new { row.Source, row.SourceId, row.Title, row.Company, row.PostedAt, row.Json, row.Hash, row.IsExample, row.Now, Seq = newSeq }, transaction);
            return new UpsertCounts(1, 0, 0);
        }

        if (existing.Value.Hash == hash && existing.Value.Status == ListingStatus.Open)
        {
            await connection.ExecuteAsync("UPDATE listings SET last_seen_at = @Now WHERE id = @Id", new { Now = now, existing.Value.Id }, transaction);
            return new UpsertCounts(0, 0, 1);
        }

        var seq = await NextSequenceAsync(connection, transaction);
        await connection.ExecuteAsync("""
            UPDATE listings SET title = @Title, company = @Company, posted_at = @PostedAt, listing_json = @Json,
                   content_hash = @Hash, status = 'open', last_seen_at = @Now, change_seq = @Seq
            WHERE id = @Id
            """, new { row.Title, row.Company, row.PostedAt, row.Json, row.Hash, row.Now, Seq = seq, existing.Value.Id }, transaction);
        return new UpsertCounts(0, 1, 0);
    }

    /// <summary>Closes the shipped example listings once real listings have arrived.</summary>
    public async Task<int> RetireExamplesAsync(CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var ids = (await connection.QueryAsync<long>("SELECT id FROM listings WHERE is_example = 1 AND status = 'open'", transaction: transaction)).ToList();
        foreach (var id in ids)
        {
            var seq = await NextSequenceAsync(connection, transaction);
            await connection.ExecuteAsync("UPDATE listings SET status = 'closed', change_seq = @Seq WHERE id = @Id", new { Seq = seq, Id = id }, transaction);
        }

        await transaction.CommitAsync(ct);
        return ids.Count;
    }

    public async Task<StoredListing?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ListingRow>($"SELECT {ListingRow.Columns} FROM listings WHERE id = @id", new { id });
        return row?.ToStored();
    }

    public async Task<IReadOnlyList<StoredListing>> NewestAsync(int count, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<ListingRow>(
            $"SELECT {ListingRow.Columns} FROM listings WHERE status = 'open' ORDER BY posted_at DESC, id DESC LIMIT @count", new { count });
        return rows.Select(r => r.ToStored()).ToList();
    }

    /// <summary>Rows changed after <paramref name="afterSeq"/>, in sequence order: what the index has not seen yet.</summary>
    public async Task<IReadOnlyList<StoredListing>> ChangedSinceAsync(long afterSeq, int limit, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<ListingRow>(
            $"SELECT {ListingRow.Columns} FROM listings WHERE change_seq > @afterSeq ORDER BY change_seq LIMIT @limit", new { afterSeq, limit });
        return rows.Select(r => r.ToStored()).ToList();
    }

    public async Task<long> CurrentSequenceAsync(CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>("SELECT value FROM change_sequence WHERE id = 1");
    }

    public async Task<StoreStats> StatsAsync(CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var (open, all, seq, version) = await connection.QuerySingleAsync<(long, long, long, long)>("""
            SELECT (SELECT COUNT(*) FROM listings WHERE status = 'open'), (SELECT COUNT(*) FROM listings),
                   (SELECT value FROM change_sequence WHERE id = 1), (SELECT COALESCE(MAX(version), 0) FROM schema_version)
            """);
        return new StoreStats(open, all, seq, (int)version);
    }

    private static Task<long> NextSequenceAsync(SqliteConnection connection, SqliteTransaction transaction) =>
        connection.ExecuteScalarAsync<long>("UPDATE change_sequence SET value = value + 1 WHERE id = 1 RETURNING value", transaction: transaction);
}
