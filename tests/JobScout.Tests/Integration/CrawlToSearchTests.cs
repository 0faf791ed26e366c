using System.Net;
using System.Text.Json;
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

/// <summary>A Greenhouse board served over real HTTP, crawled by the Quartz job, found through GET /search.</summary>
public sealed class CrawlToSearchTests : IDisposable
{
    private const string SourceId = "quillstone-board";
    private readonly TempDirectory _dir = new();
    private readonly WireMockServer _board = WireMockServer.Start();

    [Fact]
    public async Task A_crawled_listing_is_searchable_the_moment_the_job_ends()
    {
        _board.Given(Request.Create().WithPath("/v1/boards/quillstone/jobs").WithParam("content", "true").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(File.ReadAllText(Paths.Fixture("greenhouse_board.json"))));
        using var factory = CreateFactory();
        using var client = factory.CreateClient();
        var before = await client.GetStringAsync(new Uri("/search?q=law", UriKind.Relative));
        Assert.Contains("Example", before, StringComparison.Ordinal); // the shipped examples show first

        await TriggerCrawlAsync(factory);
        var run = await factory.WaitForRunAsync(SourceId, TimeSpan.FromSeconds(30));

        Assert.Equal(CrawlRunStatus.Succeeded, run.Status);
        Assert.Equal(2, run.New); // the engineer is not AI-training work; the untitled job is skipped
        var page = await client.GetStringAsync(new Uri("/search?q=law+rubric", UriKind.Relative));
        Assert.Contains("AI Trainer – <mark>Law</mark> (Contract, Remote)", page, StringComparison.Ordinal);
        Assert.Contains("1 listing", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Senior Backend Engineer", await client.GetStringAsync(new Uri("/search?q=engineer", UriKind.Relative)), StringComparison.Ordinal);
        var examples = await client.GetStringAsync(new Uri("/search", UriKind.Relative));
        Assert.DoesNotContain(">Example<", examples, StringComparison.Ordinal); // retired once a real crawl succeeded
    }

    [Fact]
    public async Task The_listing_page_shows_sanitized_description_and_apply_link()
    {
        _board.Given(Request.Create().WithPath("/v1/boards/quillstone/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(File.ReadAllText(Paths.Fixture("greenhouse_board.json"))));
        using var factory = CreateFactory();
        using var client = factory.CreateClient();
        await TriggerCrawlAsync(factory);
        await factory.WaitForRunAsync(SourceId, TimeSpan.FromSeconds(30));
        var id = (await factory.Services.GetRequiredService<ListingStore>().NewestAsync(5)).Single(l => l.Listing.SourceId == "7100001").Id;

        var response = await client.GetAsync(new Uri($"/listings/{id}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"https://boards.example.test/quillstone/jobs/7100001\"", html, StringComparison.Ordinal);
        Assert.Contains("<li>JD required</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/listings/999999", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_failing_source_is_recorded_and_shown_while_the_site_keeps_working()
    {
        _board.Given(Request.Create().WithPath("/v1/boards/quillstone/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("upstream exploded"));
        using var factory = CreateFactory();
        using var client = factory.CreateClient();

        await TriggerCrawlAsync(factory);
        var run = await factory.WaitForRunAsync(SourceId, TimeSpan.FromSeconds(30));

        Assert.Equal(CrawlRunStatus.Failed, run.Status);
        Assert.Contains("500", run.Error, StringComparison.Ordinal);
        using var operatorSession = await SiteSession.SignedInAsync(factory, "operator@example.com", UserRole.Admin);
        var admin = await operatorSession.GetStringAsync("/admin/sources");
        Assert.Contains("Failing", admin, StringComparison.Ordinal);
        Assert.Contains("answered 500", admin, StringComparison.Ordinal);
        var search = await client.GetStringAsync(new Uri("/search?q=annotation", UriKind.Relative));
        Assert.Contains("listing-card", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_reports_store_and_index_in_step()
    {
        using var factory = CreateFactory();
        using var client = factory.CreateClient();

        // As a load balancer would: wait for Healthy (a clustered scheduler starts in the background).
        var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
        for (var i = 0; i < 100 && health.RootElement.GetProperty("status").GetString() != "Healthy"; i++)
        {
            health.Dispose();
            await Task.Delay(100);
            health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
        }

        using var final = health;
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        var checks = health.RootElement.GetProperty("checks");
        Assert.Equal("Running", checks.GetProperty("scheduler").GetProperty("data").GetProperty("status").GetString());
        Assert.Equal(ShippedExamples.Relevant, checks.GetProperty("store").GetProperty("data").GetProperty("openListings").GetInt32());
        Assert.Equal(ShippedExamples.Relevant, checks.GetProperty("index").GetProperty("data").GetProperty("documents").GetInt32());
        Assert.Equal(0, checks.GetProperty("index").GetProperty("data").GetProperty("lag").GetInt32());
    }

    private JobScoutWebFactory CreateFactory() => new(_dir.Path, new Dictionary<string, string?>
    {
        ["JobScout:Sources:0:Id"] = SourceId,
        ["JobScout:Sources:0:Kind"] = "greenhouse",
        ["JobScout:Sources:0:Board"] = "quillstone",
        ["JobScout:Sources:0:BaseUrl"] = _board.Url,
    });

    private static async Task TriggerCrawlAsync(JobScoutWebFactory factory)
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(CrawlSourceJob.KeyFor(SourceId), new JobDataMap(), CancellationToken.None);
    }

    public void Dispose()
    {
        _board.Stop();
        _board.Dispose();
        _dir.Dispose();
    }
}
