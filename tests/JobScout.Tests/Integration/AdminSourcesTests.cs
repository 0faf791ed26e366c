using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace JobScout.Tests.Integration;

/// <summary>The operator's view: live progress of a running crawl, and a failing source paused.</summary>
public sealed class AdminSourcesTests : IDisposable
{
    private const string SourceId = "slow-board";
    private readonly TempDirectory _dir = new();
    private readonly WireMockServer _board = WireMockServer.Start();

    // The board answers only once the test has seen the crawl waiting on it, however slow the machine is.
    private readonly ManualResetEventSlim _answer = new();

    [Fact]
    public async Task A_running_crawl_shows_its_progress_and_the_page_refreshes_itself()
    {
        ServeSlowBoard();
        using var factory = CreateFactory();
        using var admin = await SiteSession.SignedInAsync(factory, "admin@example.com", UserRole.Admin);
        var client = admin.Client;

        await TriggerAsync(factory, CrawlTrigger.Manual);
        var page = await WaitForAsync(client, "fetching page 1");
        _answer.Set();

        Assert.Contains(">Running<", page, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
        var run = await factory.WaitForRunAsync(SourceId, TimeSpan.FromSeconds(30));
        Assert.Equal(CrawlRunStatus.Succeeded, run.Status);
        var after = await client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));
        Assert.Contains(">Healthy<", after, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crawl_running_in_another_process_shows_its_progress_and_node_on_this_page()
    {
        ServeSlowBoard();
        using var factory = CreateFactory();
        using var admin = await SiteSession.SignedInAsync(factory, "admin@example.com", UserRole.Admin);
        // Another node: its own process state and index, the same database.
        using var otherDirectory = new TempDirectory();
        await using var otherNode = TestServices.Create(otherDirectory.Path, OtherNodeSettings());
        var source = otherNode.GetRequiredService<SourceCatalog>().Find(SourceId)!;

        var crawl = otherNode.GetRequiredService<CrawlRunner>().RunAsync(source, CrawlTrigger.Manual);
        var page = await WaitForAsync(admin.Client, "fetching page 1"); // saved by the other node, read back here
        _answer.Set();

        Assert.Contains(">Running<", page, StringComparison.Ordinal);
        Assert.Contains("on node-b", page, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
        Assert.True((await crawl).Succeeded);
        var after = await admin.Client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));
        Assert.Contains(">Healthy<", after, StringComparison.Ordinal);
        Assert.DoesNotContain("on node-b", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_failing_again_and_again_is_paused_but_an_operator_can_still_crawl_it()
    {
        _board.Given(Request.Create().WithPath("/v1/boards/slow/jobs").UsingGet()).RespondWith(Response.Create().WithStatusCode(503));
        using var factory = CreateFactory(("JobScout:Crawler:PauseAfterFailures", "2"));
        using var admin = await SiteSession.SignedInAsync(factory, "admin@example.com", UserRole.Admin);
        var client = admin.Client;
        var runs = factory.Services.GetRequiredService<CrawlRunStore>();
        for (var i = 0; i < 2; i++)
        {
            await TriggerAsync(factory, CrawlTrigger.Manual);
            await WaitForRunCountAsync(runs, i + 1);
        }

        await TriggerAsync(factory, CrawlTrigger.Schedule);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await CountRunsAsync(runs)); // the scheduled run was skipped
        var page = await client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));
        Assert.Contains(">Paused<", page, StringComparison.Ordinal);
        Assert.Contains("2 failed runs in a row", page, StringComparison.Ordinal);

        await TriggerAsync(factory, CrawlTrigger.Manual);
        await WaitForRunCountAsync(runs, 3);
    }

    /// <summary>A real board that takes 3 s to answer, so a crawl is seen while it runs.</summary>
    private void ServeSlowBoard() =>
        _board.Given(Request.Create().WithPath("/v1/boards/slow/jobs").UsingGet())
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                _answer.Wait(TimeSpan.FromSeconds(60));
                return new WireMock.ResponseMessage { StatusCode = 200, BodyData = new WireMock.Util.BodyData { BodyAsString = File.ReadAllText(Paths.Fixture("greenhouse_board.json")), DetectedBodyType = WireMock.Types.BodyType.String } };
            }));

    private Dictionary<string, string?> OtherNodeSettings()
    {
        var settings = SourceSettings();
        settings["JobScout:Cluster:NodeName"] = "node-b";
        settings["JobScout:Crawler:AllowPrivateNetworks"] = "true"; // the test board lives on loopback
        settings["JobScout:Crawler:RetryAttempts"] = "0";
        foreach (var (key, value) in TestDatabase.Settings(_dir.Path))
        {
            settings[key] = value;
        }

        if (!TestDatabase.UsePostgres)
        {
            settings["JobScout:Database:ConnectionString"] = $"Data Source={Path.Combine(_dir.Path, "jobscout.db")};Foreign Keys=True";
        }

        return settings;
    }

    private JobScoutWebFactory CreateFactory(params (string Key, string Value)[] extra)
    {
        var settings = SourceSettings();
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new JobScoutWebFactory(_dir.Path, settings);
    }

    private Dictionary<string, string?> SourceSettings() => new()
    {
        ["JobScout:Sources:0:Id"] = SourceId,
        ["JobScout:Sources:0:Kind"] = "greenhouse",
        ["JobScout:Sources:0:Board"] = "slow",
        ["JobScout:Sources:0:BaseUrl"] = _board.Url,
    };

    private static async Task TriggerAsync(JobScoutWebFactory factory, string trigger)
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(CrawlSourceJob.KeyFor(SourceId), new JobDataMap { [CrawlSourceJob.TriggerKey] = trigger }, CancellationToken.None);
    }

    private static async Task<string> WaitForAsync(HttpClient client, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var page = await client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));
            if (page.Contains(text, StringComparison.Ordinal))
            {
                return page;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The sources page never showed \"{text}\".");
    }

    private static async Task<int> CountRunsAsync(CrawlRunStore runs) =>
        (await runs.LatestBySourceAsync()).TryGetValue(SourceId, out var latest) && latest.Status != CrawlRunStatus.Running ? (int)latest.Id : 0;

    private static async Task WaitForRunCountAsync(CrawlRunStore runs, int count)
    {
        for (var i = 0; i < 100 && await CountRunsAsync(runs) < count; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(count, await CountRunsAsync(runs));
    }

    public void Dispose()
    {
        _answer.Set();
        _board.Stop();
        _board.Dispose();
        _answer.Dispose();
        _dir.Dispose();
    }
}
