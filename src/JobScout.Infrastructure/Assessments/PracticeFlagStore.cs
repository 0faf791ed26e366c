using Dapper;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Assessments;

/// <summary>An applicant's dispute of an item's gold answer, and how a coach or admin resolved it.</summary>
public sealed record PracticeFlag(long Id, string PackId, int PackVersion, string ItemId, string Note, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt, string? Resolution);

public sealed class PracticeFlagStore(DbConnectionFactory connections, TimeProvider clock)
{
    public async Task AddAsync(string packId, int packVersion, string itemId, long? userId, string note, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("""
            INSERT INTO practice_flags (pack_id, pack_version, item_id, user_id, note, created_at) VALUES (@packId, @packVersion, @itemId, @userId, @note, @now)
            """, new { packId, packVersion, itemId, userId, note, now = DbTime.Format(clock.GetUtcNow()) });
    }

    public async Task<IReadOnlyList<PracticeFlag>> RecentAsync(int limit, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long Id, string PackId, long Version, string ItemId, string Note, string CreatedAt, string? ResolvedAt, string? Resolution)>(
            "SELECT id, pack_id, pack_version, item_id, note, created_at, resolved_at, resolution FROM practice_flags ORDER BY resolved_at IS NOT NULL, id DESC LIMIT @limit",
            new { limit });
        return rows.Select(r => new PracticeFlag(r.Id, r.PackId, (int)r.Version, r.ItemId, r.Note, DbTime.Parse(r.CreatedAt), DbTime.ParseOrNull(r.ResolvedAt), r.Resolution)).ToList();
    }

    public async Task<bool> ResolveAsync(long id, long resolvedBy, string resolution, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteAsync(
            "UPDATE practice_flags SET resolved_at = @now, resolved_by = @resolvedBy, resolution = @resolution WHERE id = @id AND resolved_at IS NULL",
            new { id, resolvedBy, resolution, now = DbTime.Format(clock.GetUtcNow()) }) == 1;
    }
}
