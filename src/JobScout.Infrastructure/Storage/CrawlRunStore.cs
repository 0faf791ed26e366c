using System.Globalization;
using System.Text.Json;
using Dapper;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Crawling;
using Microsoft.Extensions.Options;

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
    string? Error,
    int Closed = 0,
    string Trigger = CrawlTrigger.Schedule)
{
    /// <summary>The node that ran it (the machine name unless configured).</summary>
    public string? Node { get; init; }

    /// <summary>While it runs: what it has done so far, as last saved by the node running it.</summary>
    public CrawlProgressSnapshot? Progress { get; init; }
}

public static class CrawlTrigger
{
    public const string Schedule = "schedule";
    public const string Manual = "manual";
}

/// <summary>What a finished run did, for its record.</summary>
public sealed record CrawlRunOutcome(string Status, int Fetched, UpsertCounts Counts, int Skipped, int Closed, string? Error);

public static class CrawlRunStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}

/// <summary>The record of every crawl run: started, finished, counts and the error if any.</summary>
public sealed class CrawlRunStore(DbConnectionFactory connections, IOptions<JobScoutOptions> options, TimeProvider clock)
{
    private const string Abandoned = "status = 'failed', finished_at = @now, error = 'The process stopped before the run finished.'";

    /// <summary>Records a run starting on this node; <paramref name="scheduledFor"/> is the trigger firing it answers, if any.</summary>
    public async Task<long> StartAsync(string sourceId, string trigger = CrawlTrigger.Schedule, DateTimeOffset? scheduledFor = null, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>("""
            INSERT INTO crawl_runs (source_id, started_at, status, trigger_kind, node, scheduled_for)
            VALUES (@sourceId, @now, 'running', @trigger, @node, @scheduledFor) RETURNING id
            """, new { sourceId, now = Now(), trigger, node = options.Value.Cluster.EffectiveNodeName, scheduledFor = scheduledFor is { } at ? DbTime.Format(at) : null });
    }

    public async Task FinishAsync(long runId, CrawlRunOutcome outcome, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("""
            UPDATE crawl_runs SET finished_at = @now, status = @Status, fetched = @Fetched, new_count = @New,
                   updated_count = @Updated, unchanged_count = @Unchanged, skipped_count = @Skipped, closed_count = @Closed, error = @Error,
                   progress = NULL
            WHERE id = @runId
            """, new
        {
            now = Now(),
            outcome.Status,
            outcome.Fetched,
            outcome.Counts.New,
            outcome.Counts.Updated,
            outcome.Counts.Unchanged,
            outcome.Skipped,
            outcome.Closed,
            outcome.Error,
            runId,
        });
    }

    /// <summary>Saves a running crawl's progress on its record; a run already finished keeps its final counts instead.</summary>
    public async Task SaveProgressAsync(long runId, CrawlProgressSnapshot progress, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE crawl_runs SET progress = @json WHERE id = @runId AND status = 'running'",
            new { json = JsonSerializer.Serialize(progress, ProgressJson), runId }, cancellationToken: ct));
    }

    /// <summary>How many of the source's latest runs failed in a row, and when the last of them ended.</summary>
    public async Task<(int Count, DateTimeOffset? LastFailure)> ConsecutiveFailuresAsync(string sourceId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var recent = (await connection.QueryAsync<(string Status, string? FinishedAt)>(
            "SELECT status, finished_at FROM crawl_runs WHERE source_id = @sourceId AND status <> 'running' ORDER BY id DESC LIMIT 50",
            new { sourceId })).ToList();
        var failures = recent.TakeWhile(r => r.Status == CrawlRunStatus.Failed).ToList();
        var last = failures.FirstOrDefault().FinishedAt;
        return (failures.Count, last is null ? null : DateTimeOffset.Parse(last, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Runs left "running" by a process that died are closed as failed at start-up: every such run when this process is
    /// the only scheduler, only this node's own in a cluster (the others' may be running).
    /// </summary>
    public async Task<int> AbandonRunningAsync(bool clustered, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteAsync(
            $"UPDATE crawl_runs SET {Abandoned} WHERE status = 'running'" + (clustered ? " AND node = @node" : ""),
            new { now = Now(), node = options.Value.Cluster.EffectiveNodeName });
    }

    /// <summary>When a node takes over the crawl of a node that died, that node's run of the source is over.</summary>
    public async Task<int> AbandonRunningOfSourceAsync(string sourceId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteAsync($"UPDATE crawl_runs SET {Abandoned} WHERE status = 'running' AND source_id = @sourceId", new { now = Now(), sourceId });
    }

    /// <summary>The newest run of each source.</summary>
    public async Task<IReadOnlyDictionary<string, CrawlRun>> LatestBySourceAsync(CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<CrawlRunRow>("""
            SELECT r.id AS Id, r.source_id AS SourceId, r.started_at AS StartedAt, r.finished_at AS FinishedAt, r.status AS Status,
                   r.fetched AS Fetched, r.new_count AS NewCount, r.updated_count AS UpdatedCount,
                   r.unchanged_count AS UnchangedCount, r.skipped_count AS SkippedCount, r.error AS Error,
                   r.closed_count AS ClosedCount, r.trigger_kind AS TriggerKind, r.node AS Node, r.progress AS Progress
            FROM crawl_runs r
            WHERE r.id = (SELECT MAX(id) FROM crawl_runs WHERE source_id = r.source_id)
            """);
        return rows.Select(r => r.ToRun()).ToDictionary(r => r.SourceId);
    }

    private static readonly JsonSerializerOptions ProgressJson = new(JsonSerializerDefaults.Web);

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private sealed record CrawlRunRow(long Id, string SourceId, string StartedAt, string? FinishedAt, string Status,
        long Fetched, long NewCount, long UpdatedCount, long UnchangedCount, long SkippedCount, string? Error, long ClosedCount, string TriggerKind,
        string? Node, string? Progress)
    {
        public CrawlRun ToRun() => new(Id, SourceId, Parse(StartedAt), FinishedAt is null ? null : Parse(FinishedAt), Status,
            (int)Fetched, (int)NewCount, (int)UpdatedCount, (int)UnchangedCount, (int)SkippedCount, Error, (int)ClosedCount, TriggerKind)
        {
            Node = Node,
            Progress = Progress is null ? null : JsonSerializer.Deserialize<CrawlProgressSnapshot>(Progress, ProgressJson),
        };

        private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }
}
