using Dapper;
using JobScout.Tests.Support;
using Npgsql;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace JobScout.Tests.Cluster;

/// <summary>
/// A cluster on one machine: a fresh PostgreSQL database, a Greenhouse board on loopback, and site processes that
/// share the database, each with its own data directory (its own index).
/// </summary>
public sealed class ClusterHarness : IAsyncDisposable
{
    public const string SourceId = "cluster-board";
    private const string Content = "<p>Rate chatbot answers against a rubric. Compensation: $30/hour.</p>";
    private readonly TempDirectory _dir = new();
    private readonly List<ClusterNode> _nodes = [];

    public ClusterHarness()
    {
        if (TestDatabase.ServerConnectionString is null)
        {
            throw new InvalidOperationException("The cluster tests need PostgreSQL: run them through ./test.sh, which starts one on loopback.");
        }

        ConnectionString = TestDatabase.CreatePostgresDatabase();
        ServeBoard(10);
    }

    public string ConnectionString { get; }

    public WireMockServer Board { get; } = WireMockServer.Start();

    /// <summary>The board lists <paramref name="count"/> rating jobs, answering after <paramref name="delay"/>.</summary>
    public void ServeBoard(int count, TimeSpan? delay = null, string? extraTitle = null)
    {
        var jobs = Enumerable.Range(1, count).Select(i => GreenhousePayloads.Job(9_000_000 + i, $"AI Response Rater {i}", Content)).ToList();
        if (extraTitle is not null)
        {
            jobs.Add(GreenhousePayloads.Job(9_100_000, extraTitle, Content));
        }

        Board.ResetMappings();
        var response = Response.Create().WithHeader("Content-Type", "application/json").WithBody(GreenhousePayloads.Json(jobs));
        Board.Given(Request.Create().WithPath("/v1/boards/cluster/jobs").UsingGet())
            .RespondWith(delay is { } wait ? response.WithDelay(wait) : response);
    }

    /// <summary>Starts a node; <paramref name="schedule"/> is the source's Quartz cron.</summary>
    public async Task<ClusterNode> StartNodeAsync(string name, string schedule, bool runOnStart = false)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "postgres",
            ["Database:ConnectionString"] = ConnectionString,
            ["Cluster:CheckinIntervalSeconds"] = "1",
            ["Cluster:CheckinMisfireThresholdSeconds"] = "2",
            ["SeedExamples"] = "false",
            ["Index:FollowIntervalSeconds"] = "1",
            ["Crawler:RunOnStart"] = runOnStart ? "true" : "false",
            ["Crawler:StartDelaySeconds"] = "1",
            ["Crawler:RetryAttempts"] = "0",
            ["Crawler:AllowPrivateNetworks"] = "true",
            ["Crawler:PerHostDelayMilliseconds"] = "0",
            ["Alerts:Schedule"] = "0 0 3 * * ?",
            ["Sources:0:Id"] = SourceId,
            ["Sources:0:Kind"] = "greenhouse",
            ["Sources:0:Board"] = "cluster",
            ["Sources:0:BaseUrl"] = Board.Url!,
            ["Sources:0:Schedule"] = schedule,
        };
        var node = await ClusterNode.StartAsync(name, Path.Combine(_dir.Path, name), settings);
        _nodes.Add(node);
        return node;
    }

    public async Task<IReadOnlyList<RunRow>> RunsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return (await connection.QueryAsync<RunRow>("""
            SELECT id AS Id, node AS Node, status AS Status, scheduled_for AS ScheduledFor, started_at AS StartedAt, finished_at AS FinishedAt,
                   new_count AS NewCount, error AS Error
            FROM crawl_runs WHERE source_id = @SourceId ORDER BY id
            """, new { SourceId })).ToList();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException(sql);
    }

    /// <summary>Polls until <paramref name="done"/> holds; the failure names what every node printed.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await done())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Not within {timeout}: {what}\n" + string.Join("\n", _nodes.Select(n => $"--- {n.Name} ---\n{n.Output}")));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        Board.Stop();
        Board.Dispose();
        _dir.Dispose();
    }
}

public sealed record RunRow(long Id, string? Node, string Status, string? ScheduledFor, string StartedAt, string? FinishedAt, long NewCount, string? Error);
