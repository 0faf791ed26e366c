using Dapper;
using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Alerts;

/// <summary>Saved searches: a person's own, and those a coach keeps in a collection.</summary>
public sealed class SavedSearchStore(DbConnectionFactory connections, TimeProvider clock)
{
    private const string Columns = "id AS Id, owner_id AS OwnerId, collection_id AS CollectionId, name AS Name, query AS Query, " +
                                   "frequency AS Frequency, feed_token AS FeedToken, created_at AS CreatedAt, checked_at AS CheckedAt";

    public async Task<long> CreateAsync(long ownerId, long? collectionId, string name, string query, string frequency, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>("""
            INSERT INTO saved_searches (owner_id, collection_id, name, query, frequency, feed_token, created_at)
            VALUES (@ownerId, @collectionId, @name, @query, @frequency, @token, @now) RETURNING id
            """, new { ownerId, collectionId, name, query, frequency, token = SecretTokens.Create(), now = DbTime.Format(clock.GetUtcNow()) });
    }

    public async Task<SavedSearch?> GetAsync(long id, CancellationToken ct = default) =>
        (await QueryAsync("id = @id", new { id }, ct)).SingleOrDefault();

    public async Task<SavedSearch?> FindByFeedTokenAsync(string token, CancellationToken ct = default) =>
        (await QueryAsync("feed_token = @token", new { token }, ct)).SingleOrDefault();

    /// <summary>The person's own saved searches (not those kept in collections).</summary>
    public Task<IReadOnlyList<SavedSearch>> ForOwnerAsync(long ownerId, CancellationToken ct = default) =>
        QueryAsync("owner_id = @ownerId AND collection_id IS NULL", new { ownerId }, ct);

    public Task<IReadOnlyList<SavedSearch>> ForCollectionAsync(long collectionId, CancellationToken ct = default) =>
        QueryAsync("collection_id = @collectionId", new { collectionId }, ct);

    public Task<IReadOnlyList<SavedSearch>> AllAsync(CancellationToken ct = default) => QueryAsync("1 = 1", new { }, ct);

    public async Task UpdateAsync(long id, string name, string frequency, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("UPDATE saved_searches SET name = @name, frequency = @frequency WHERE id = @id", new { id, name, frequency });
    }

    /// <summary>A new feed address; the old one stops working at once.</summary>
    public async Task RotateFeedTokenAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("UPDATE saved_searches SET feed_token = @token WHERE id = @id", new { id, token = SecretTokens.Create() });
    }

    public async Task DeleteAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("DELETE FROM saved_searches WHERE id = @id", new { id });
    }

    public async Task MarkCheckedAsync(long id, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("UPDATE saved_searches SET checked_at = @at WHERE id = @id", new { id, at = DbTime.Format(at) });
    }

    private async Task<IReadOnlyList<SavedSearch>> QueryAsync(string where, object args, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM saved_searches WHERE {where} ORDER BY id", args);
        return rows.Select(r => r.ToSavedSearch()).ToList();
    }

    private sealed record Row(long Id, long OwnerId, long? CollectionId, string Name, string Query, string Frequency, string FeedToken, string CreatedAt, string? CheckedAt)
    {
        public SavedSearch ToSavedSearch() =>
            new(Id, OwnerId, CollectionId, Name, Query, Frequency, FeedToken, DbTime.Parse(CreatedAt), DbTime.ParseOrNull(CheckedAt));
    }
}
