using System.Data.Common;
using System.Globalization;
using Dapper;
using JobScout.Core.Listings;

namespace JobScout.Infrastructure.Storage;

/// <summary>
/// The listings table, the source of truth. Every insert or change takes the next value of the change
/// sequence, which the index follows.
/// </summary>
public sealed class ListingStore(DbConnectionFactory connections, TimeProvider clock)
{
    public async Task<UpsertCounts> UpsertAsync(IReadOnlyList<NormalizedListing> listings, bool isExample, CancellationToken ct = default) =>
        (await UpsertBatchAsync(listings, isExample, ct)).Counts;

    /// <summary>Stores a batch in one transaction and says which listings were new to JobScout.</summary>
    public async Task<UpsertResult> UpsertBatchAsync(IReadOnlyList<NormalizedListing> listings, bool isExample, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connections.BeginWriteAsync(connection, ct);
        var writer = new ListingWriter(connection, transaction, isExample, Now());
        var counts = UpsertCounts.None;
        var added = new List<NormalizedListing>();
        foreach (var listing in listings)
        {
            ct.ThrowIfCancellationRequested();
            var (one, isNew) = await writer.WriteAsync(listing);
            counts = counts.Add(one);
            if (isNew)
            {
                added.Add(listing);
            }
        }

        await transaction.CommitAsync(ct);
        return new UpsertResult(counts, added);
    }

    /// <summary>
    /// After a whole-board run: listings of <paramref name="source"/> the board no longer shows count one more miss;
    /// after <paramref name="closeAfter"/> misses in a row they are closed. Returns how many closed.
    /// </summary>
    public async Task<int> MarkMissingAsync(string source, IReadOnlyCollection<string> seenSourceIds, int closeAfter, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connections.BeginWriteAsync(connection, ct);
        var open = await connection.QueryAsync<(long Id, string SourceId, long Missed)>(
            "SELECT id, source_id, missed_runs FROM listings WHERE source = @source AND status = 'open'", new { source }, transaction);
        var seen = seenSourceIds as IReadOnlySet<string> ?? seenSourceIds.ToHashSet(StringComparer.Ordinal);
        var writer = new ListingWriter(connection, transaction, false, Now());
        var closed = 0;
        foreach (var (id, sourceId, missed) in open.Where(row => !seen.Contains(row.SourceId)))
        {
            if (missed + 1 >= closeAfter)
            {
                await connection.ExecuteAsync("UPDATE listings SET status = 'closed', missed_runs = @Missed, change_seq = @Seq WHERE id = @Id",
                    new { Missed = missed + 1, Seq = await writer.NextSequenceAsync(), Id = id }, transaction);
                closed++;
            }
            else
            {
                await connection.ExecuteAsync("UPDATE listings SET missed_runs = @Missed WHERE id = @Id", new { Missed = missed + 1, Id = id }, transaction);
            }
        }

        await transaction.CommitAsync(ct);
        return closed;
    }

    /// <summary>The other sources that carry the same job as listing <paramref name="id"/>.</summary>
    public async Task<IReadOnlyList<(string Source, string? Url)>> AlsoListedAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await ReadAlsoListedAsync(connection, id);
    }

    private static async Task<IReadOnlyList<(string Source, string? Url)>> ReadAlsoListedAsync(DbConnection connection, long id)
    {
        var rows = await connection.QueryAsync<(string Source, string Json)>(
            "SELECT source, listing_json FROM listings WHERE duplicate_of = @id AND status = 'open' ORDER BY id", new { id });
        return rows.Select(r => (r.Source, ListingJson.Deserialize(r.Json).Url)).ToList();
    }

    /// <summary>Closes the shipped example listings once real listings have arrived.</summary>
    public async Task<int> RetireExamplesAsync(CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connections.BeginWriteAsync(connection, ct);
        var ids = (await connection.QueryAsync<long>("SELECT id FROM listings WHERE is_example = 1 AND status = 'open'", transaction: transaction)).ToList();
        var writer = new ListingWriter(connection, transaction, false, Now());
        foreach (var id in ids)
        {
            var seq = await writer.NextSequenceAsync();
            await connection.ExecuteAsync("UPDATE listings SET status = 'closed', change_seq = @Seq WHERE id = @Id", new { Seq = seq, Id = id }, transaction);
        }

        await transaction.CommitAsync(ct);
        return ids.Count;
    }

    /// <summary>A listing with the other sources that carry it and its recorded changes, read over one connection.</summary>
    public async Task<(StoredListing Listing, IReadOnlyList<(string Source, string? Url)> AlsoListed, IReadOnlyList<ListingChange> Changes)?> GetPageAsync(
        long id, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ListingRow>($"SELECT {ListingRow.Columns} FROM listings WHERE id = @id", new { id });
        if (row is null)
        {
            return null;
        }

        return (row.ToStored(), await ReadAlsoListedAsync(connection, id), await ReadChangesAsync(connection, id));
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
            $"SELECT {ListingRow.Columns} FROM listings WHERE status = 'open' AND duplicate_of IS NULL ORDER BY posted_at DESC, id DESC LIMIT @count", new { count });
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

    /// <summary>Searchable crawled listings first seen after the given time: the candidates for saved-search alerts.</summary>
    public async Task<IReadOnlyList<long>> FirstSeenSinceAsync(DateTimeOffset since, int limit, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var ids = await connection.QueryAsync<long>("""
            SELECT id FROM listings WHERE first_seen_at > @since AND status = 'open' AND duplicate_of IS NULL AND is_example = 0
            ORDER BY id DESC LIMIT @limit
            """, new { since = DbTime.Format(since), limit });
        return ids.ToList();
    }

    /// <summary>The listing's recorded changes of pay, title and eligibility, oldest first.</summary>
    public async Task<IReadOnlyList<ListingChange>> ChangesAsync(long listingId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await ReadChangesAsync(connection, listingId);
    }

    private static async Task<IReadOnlyList<ListingChange>> ReadChangesAsync(DbConnection connection, long listingId)
    {
        var rows = await connection.QueryAsync<(string Field, string From, string To, string At)>(
            "SELECT field, old_value, new_value, changed_at FROM listing_changes WHERE listing_id = @listingId ORDER BY id", new { listingId });
        return rows.Select(r => new ListingChange(listingId, r.Field, r.From, r.To, DbTime.Parse(r.At))).ToList();
    }

    /// <summary>The ids the index should hold: open listings that are not another's duplicate.</summary>
    public async Task<IReadOnlyList<long>> SearchableIdsAsync(CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return (await connection.QueryAsync<long>("SELECT id FROM listings WHERE status = 'open' AND duplicate_of IS NULL ORDER BY id")).ToList();
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
            SELECT (SELECT COUNT(*) FROM listings WHERE status = 'open' AND duplicate_of IS NULL), (SELECT COUNT(*) FROM listings),
                   (SELECT value FROM change_sequence WHERE id = 1), (SELECT COALESCE(MAX(version), 0) FROM schema_version)
            """);
        return new StoreStats(open, all, seq, (int)version);
    }

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
