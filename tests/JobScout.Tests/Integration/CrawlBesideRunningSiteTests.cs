using System.Text.Json;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace JobScout.Tests.Integration;

/// <summary>
/// <c>jobscout crawl</c> in a terminal while the site runs on the same data directory: the site owns the index, so the
/// crawl stores its listings, succeeds, and the site's follower makes them searchable.
/// </summary>
public sealed class CrawlBesideRunningSiteTests : IDisposable
{
    private const string SourceId = "terminal-board";
    private readonly TempDirectory _dir = new();
    private readonly WireMockServer _board = WireMockServer.Start();

    [Fact]
    public async Task A_terminal_crawl_beside_the_running_site_succeeds_and_the_site_indexes_what_it_stored()
    {
        var jobs = Enumerable.Range(1, 3).Select(i => GreenhousePayloads.Job(4_100 + i, $"Marigold Response Rater {i}", "<p>Rate chatbot answers for accuracy.</p>"));
        _board.Given(Request.Create().WithPath("/v1/boards/terminal/jobs").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(GreenhousePayloads.Json(jobs)));
        using var site = new JobScoutWebFactory(_dir.Path, Settings());
        using var client = site.CreateClient();
        Assert.True(await TotalAsync(client, "rater") > 0); // the examples are indexed: the site holds the index's write lock
        await using var terminal = TestServices.Create(_dir.Path, TerminalSettings());

        var summary = await terminal.GetRequiredService<CrawlRunner>().RunAsync(terminal.GetRequiredService<SourceCatalog>().Find(SourceId)!, CrawlTrigger.Manual);

        Assert.True(summary.Succeeded, summary.Error);
        Assert.Equal(3, summary.Counts.New);
        Assert.Equal(CrawlRunStatus.Succeeded, (await terminal.GetRequiredService<CrawlRunStore>().LatestBySourceAsync())[SourceId].Status);
        for (var i = 0; i < 100 && await TotalAsync(client, "marigold") < 3; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(3, await TotalAsync(client, "marigold"));
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["JobScout:Sources:0:Id"] = SourceId,
        ["JobScout:Sources:0:Kind"] = "greenhouse",
        ["JobScout:Sources:0:Board"] = "terminal",
        ["JobScout:Sources:0:BaseUrl"] = _board.Url,
    };

    private Dictionary<string, string?> TerminalSettings()
    {
        var settings = Settings();
        settings["JobScout:Crawler:AllowPrivateNetworks"] = "true"; // the test board lives on loopback
        settings["JobScout:Crawler:RetryAttempts"] = "0";
        return settings;
    }

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var results = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/search?q={query}", UriKind.Relative)));
        return results.RootElement.GetProperty("total").GetInt32();
    }

    public void Dispose()
    {
        _board.Stop();
        _board.Dispose();
        _dir.Dispose();
    }
}
