using System.Diagnostics;
using System.Net;
using Dapper;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace JobScout.Tests.Resilience;

/// <summary>
/// Another process holds the database's write lock past the busy timeout in the middle of a crawl (a shorter hold is
/// simply waited out): the crawl is
/// recorded as failed with the reason, searches keep answering meanwhile, and the next crawl succeeds.
/// </summary>
[Trait("Provider", "Sqlite")]
public sealed class LockedDatabaseTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly WireMockServer _board = WireMockServer.Start();

    [Fact]
    public async Task A_write_lock_held_elsewhere_fails_the_crawl_with_its_reason_and_searches_keep_answering()
    {
        _board.Given(Request.Create().WithPath("/v1/boards/quillstone/jobs").UsingGet())
            .RespondWith(Response.Create().WithBody(File.ReadAllText(Paths.Fixture("greenhouse_board.json"))).WithDelay(TimeSpan.FromSeconds(1)));
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?>
        {
            ["JobScout:Crawler:Enabled"] = "false",
            ["JobScout:Database:BusyTimeoutSeconds"] = "6",
            ["JobScout:Sources:0:Id"] = "board",
            ["JobScout:Sources:0:Kind"] = "greenhouse",
            ["JobScout:Sources:0:Board"] = "quillstone",
            ["JobScout:Sources:0:BaseUrl"] = _board.Url,
        });
        using var visitor = SiteSession.Anonymous(factory);
        var runs = factory.Services.GetRequiredService<CrawlRunStore>();
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(CrawlSourceJob.KeyFor("board"), new JobDataMap(), CancellationToken.None);
        while (!(await runs.LatestBySourceAsync()).ContainsKey("board"))
        {
            await Task.Delay(20);
        }

        // The crawl is waiting for the board: take the write lock from outside, as a stuck process would.
        await using (var other = new SqliteConnection($"Data Source={Path.Combine(_dir.Path, "jobscout.db")};Pooling=False"))
        {
            await other.OpenAsync();
            await other.ExecuteAsync("BEGIN IMMEDIATE");
            var watch = Stopwatch.StartNew();
            using var search = await visitor.GetAsync("/search?q=rater");
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.Contains("listing-card", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"a search waited {watch.Elapsed} on the lock");
            // Held past the crawl's 6 s wait (it starts waiting about 1 s in, when the board answers), and released within
            // the 6 s its failure record then waits: seconds of slack either way on a busy machine.
            await Task.Delay(TimeSpan.FromSeconds(9.5) - watch.Elapsed);
            await other.ExecuteAsync("ROLLBACK");
        }

        var failed = await factory.WaitForRunAsync("board", TimeSpan.FromSeconds(20));
        Assert.Equal(CrawlRunStatus.Failed, failed.Status);
        Assert.Contains("locked", failed.Error, StringComparison.OrdinalIgnoreCase);

        var next = await factory.CrawlAsync("board", failed.Id + 1);
        Assert.Equal(CrawlRunStatus.Succeeded, next.Status);
        Assert.Equal(2, next.New);
    }

    public void Dispose()
    {
        _board.Stop();
        _board.Dispose();
        _dir.Dispose();
    }
}
