using Dapper;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Alerts;

/// <summary>One new listing for one person from one saved search.</summary>
public sealed record Alert(long Id, long SavedSearchId, string SavedSearchName, long ListingId, string Title, string Company, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>Alerts as the app lists them; each (saved search, person, listing) is alerted once.</summary>
public sealed class AlertStore(DbConnectionFactory connections, TimeProvider clock)
{
    private const string Select = """
        SELECT a.id AS Id, a.saved_search_id AS SavedSearchId, s.name AS SavedSearchName, a.listing_id AS ListingId,
               l.title AS Title, l.company AS Company, a.created_at AS CreatedAt, a.read_at AS ReadAt
        FROM alerts a JOIN saved_searches s ON s.id = a.saved_search_id JOIN listings l ON l.id = a.listing_id
        """;

    /// <summary>Records the alerts and returns, per person, the listings that were new to them.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<long>>> AddAsync(
        long savedSearchId, IReadOnlyCollection<long> userIds, IReadOnlyCollection<long> listingIds, CancellationToken ct = default)
    {
        var added = new Dictionary<long, IReadOnlyList<long>>();
        if (userIds.Count == 0 || listingIds.Count == 0)
        {
            return added;
        }

        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var now = DbTime.Format(clock.GetUtcNow());
        foreach (var userId in userIds)
        {
            var fresh = new List<long>();
            foreach (var listingId in listingIds)
            {
                var inserted = await connection.ExecuteAsync("""
                    INSERT INTO alerts (saved_search_id, user_id, listing_id, created_at) VALUES (@savedSearchId, @userId, @listingId, @now)
                    ON CONFLICT DO NOTHING
                    """, new { savedSearchId, userId, listingId, now }, transaction);
                if (inserted > 0)
                {
                    fresh.Add(listingId);
                }
            }

            added[userId] = fresh;
        }

        await transaction.CommitAsync(ct);
        return added;
    }

    public async Task<int> UnreadCountAsync(long userId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM alerts WHERE user_id = @userId AND read_at IS NULL", new { userId });
    }

    public Task<IReadOnlyList<Alert>> ForUserAsync(long userId, int limit, CancellationToken ct = default) =>
        QueryAsync("a.user_id = @userId", new { userId, limit }, ct);

    public Task<IReadOnlyList<Alert>> ForSavedSearchAsync(long savedSearchId, long userId, int limit, CancellationToken ct = default) =>
        QueryAsync("a.saved_search_id = @savedSearchId AND a.user_id = @userId", new { savedSearchId, userId, limit }, ct);

    public async Task MarkAllReadAsync(long userId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("UPDATE alerts SET read_at = @now WHERE user_id = @userId AND read_at IS NULL", new { userId, now = DbTime.Format(clock.GetUtcNow()) });
    }

    private async Task<IReadOnlyList<Alert>> QueryAsync(string where, object args, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>($"{Select} WHERE {where} ORDER BY a.id DESC LIMIT @limit", args);
        return rows.Select(r => new Alert(r.Id, r.SavedSearchId, r.SavedSearchName, r.ListingId, r.Title, r.Company, DbTime.Parse(r.CreatedAt), r.ReadAt is not null)).ToList();
    }

    private sealed record Row(long Id, long SavedSearchId, string SavedSearchName, long ListingId, string Title, string Company, string CreatedAt, string? ReadAt);
}
