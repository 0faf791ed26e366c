using System.Globalization;
using Dapper;

namespace JobScout.Infrastructure.Storage;

public sealed record CrawlRun(
    long Id,
    string SourceId,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Status,
    int Fetched,
    int New,
    int Updated,
    int Unchanged,
    int Skipped,
    string? Error);

public static class CrawlRunStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}

/// <summary>The record of every crawl run: started, finished, counts and the error if any.</summary>
public sealed class CrawlRunStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    public async Task<long> StartAsync(string sourceId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(
            "INSERT INTO crawl_runs (source_id, started_at, status) VALUES (@sourceId, @now, 'running') RETURNING id",
            new { sourceId, now = Now() });
    }

    public async Task FinishAsync(long runId, string status, int fetched, UpsertCounts counts, int skipped, string? error, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("""
            UPDATE crawl_runs SET finished_at = @now, status = @status, fetched = @fetched, new_count = @New,
                   updated_count = @Updated, unchanged_count = @Unchanged, skipped_count = @skipped, error = @error
            WHERE id = @runId
            """, new { now = Now(), status, fetched, counts.New, counts.Updated, counts.Unchanged, skipped, error, runId });
    }

    /// <summary>The newest run of each source.</summary>
    public async Task<IReadOnlyDictionary<string, CrawlRun>> LatestBySourceAsync(CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<CrawlRunRow>("""
            SELECT r.id AS Id, r.source_id AS SourceId, r.started_at AS StartedAt, r.finished_at AS FinishedAt, r.status AS Status,
                   r.fetched AS Fetched, r.new_count AS NewCount, r.updated_count AS UpdatedCount,
                   r.unchanged_count AS UnchangedCount, r.skipped_count AS SkippedCount, r.error AS Error
            FROM crawl_runs r
            WHERE r.id = (SELECT MAX(id) FROM crawl_runs WHERE source_id = r.source_id)
            """);
        return rows.Select(r => r.ToRun()).ToDictionary(r => r.SourceId);
    }

    public async Task<bool> AnySucceededAsync(string sourceId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM crawl_runs WHERE source_id = @sourceId AND status = 'succeeded'", new { sourceId }) > 0;
    }

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private sealed record CrawlRunRow(long Id, string SourceId, string StartedAt, string? FinishedAt, string Status,
        long Fetched, long NewCount, long UpdatedCount, long UnchangedCount, long SkippedCount, string? Error)
    {
        public CrawlRun ToRun() => new(Id, SourceId, Parse(StartedAt), FinishedAt is null ? null : Parse(FinishedAt), Status,
            (int)Fetched, (int)NewCount, (int)UpdatedCount, (int)UnchangedCount, (int)SkippedCount, Error);

        private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }
}
