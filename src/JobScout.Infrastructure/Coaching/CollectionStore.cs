using System.Diagnostics.CodeAnalysis;
using Dapper;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Coaching;

/// <summary>A coach's curated set of saved searches and pinned listings.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "\"Collection\" is what coaches call it; it is not a .NET collection type.")]
public sealed record CoachCollection(long Id, long CoachId, string Name, string Description, DateTimeOffset CreatedAt);

/// <summary>A listing pinned to a collection, with the coach's note.</summary>
public sealed record PinnedListing(long ListingId, string Title, string Company, string Note, DateTimeOffset PinnedAt);

/// <summary>Collections, their pins and who they are shared with. A share counts only while the coach–client link is active.</summary>
public sealed class CollectionStore(DbConnectionFactory connections, TimeProvider clock)
{
    private const string Columns = "c.id AS Id, c.coach_id AS CoachId, c.name AS Name, c.description AS Description, c.created_at AS CreatedAt";

    private const string ActiveShare = """
        JOIN collection_shares cs ON cs.collection_id = c.id
        JOIN coach_links k ON k.coach_id = c.coach_id AND k.client_id = cs.client_id AND k.accepted_at IS NOT NULL AND k.ended_at IS NULL
        """;

    public async Task<long> CreateAsync(long coachId, string name, string description, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(
            "INSERT INTO collections (coach_id, name, description, created_at) VALUES (@coachId, @name, @description, @now) RETURNING id",
            new { coachId, name, description, now = DbTime.Format(clock.GetUtcNow()) });
    }

    public async Task<CoachCollection?> GetAsync(long id, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {Columns} FROM collections c WHERE c.id = @id", new { id }, ct)).SingleOrDefault();

    public Task<IReadOnlyList<CoachCollection>> ForCoachAsync(long coachId, CancellationToken ct = default) =>
        QueryAsync($"SELECT {Columns} FROM collections c WHERE c.coach_id = @coachId ORDER BY c.id", new { coachId }, ct);

    public Task<IReadOnlyList<CoachCollection>> SharedWithAsync(long clientId, CancellationToken ct = default) =>
        QueryAsync($"SELECT DISTINCT {Columns} FROM collections c {ActiveShare} WHERE cs.client_id = @clientId ORDER BY c.id", new { clientId }, ct);

    public async Task<bool> IsSharedWithAsync(long collectionId, long clientId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) FROM collections c {ActiveShare} WHERE c.id = @collectionId AND cs.client_id = @clientId", new { collectionId, clientId }) > 0;
    }

    /// <summary>The clients who currently receive this collection.</summary>
    public async Task<IReadOnlyList<long>> SharedClientIdsAsync(long collectionId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return (await connection.QueryAsync<long>($"SELECT DISTINCT cs.client_id FROM collections c {ActiveShare} WHERE c.id = @collectionId", new { collectionId })).ToList();
    }

    public async Task ShareAsync(long collectionId, long clientId, bool shared, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(shared
                ? "INSERT INTO collection_shares (collection_id, client_id, shared_at) VALUES (@collectionId, @clientId, @now) ON CONFLICT DO NOTHING"
                : "DELETE FROM collection_shares WHERE collection_id = @collectionId AND client_id = @clientId",
            new { collectionId, clientId, now = DbTime.Format(clock.GetUtcNow()) });
    }

    public async Task PinAsync(long collectionId, long listingId, string note, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("""
            INSERT INTO collection_listings (collection_id, listing_id, note, pinned_at) VALUES (@collectionId, @listingId, @note, @now)
            ON CONFLICT (collection_id, listing_id) DO UPDATE SET note = excluded.note
            """, new { collectionId, listingId, note, now = DbTime.Format(clock.GetUtcNow()) });
    }

    public async Task UnpinAsync(long collectionId, long listingId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("DELETE FROM collection_listings WHERE collection_id = @collectionId AND listing_id = @listingId", new { collectionId, listingId });
    }

    public async Task<IReadOnlyList<PinnedListing>> PinsAsync(long collectionId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long ListingId, string Title, string Company, string Note, string PinnedAt)>("""
            SELECT p.listing_id, l.title, l.company, p.note, p.pinned_at FROM collection_listings p JOIN listings l ON l.id = p.listing_id
            WHERE p.collection_id = @collectionId ORDER BY p.pinned_at DESC
            """, new { collectionId });
        return rows.Select(r => new PinnedListing(r.ListingId, r.Title, r.Company, r.Note, DbTime.Parse(r.PinnedAt))).ToList();
    }

    public async Task DeleteAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("DELETE FROM collections WHERE id = @id", new { id });
    }

    private async Task<IReadOnlyList<CoachCollection>> QueryAsync(string sql, object args, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long Id, long CoachId, string Name, string Description, string CreatedAt)>(sql, args);
        return rows.Select(r => new CoachCollection(r.Id, r.CoachId, r.Name, r.Description, DbTime.Parse(r.CreatedAt))).ToList();
    }
}
