using System.Diagnostics;
using System.Text.Json.Nodes;
using JobScout.Infrastructure.Search;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace JobScout.Tests.Crawling;

/// <summary>The crawler against a real HTTP server misbehaving in the ways real sources do.</summary>
public sealed class CrawlScenarioTests : IAsyncLifetime
{
    private const string BoardPath = "/v1/boards/quillstone/jobs";
    private readonly TempDirectory _dir = new();
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly string _board = File.ReadAllText(Paths.Fixture("greenhouse_board.json"));
    private CrawlHarness _crawl = null!;

    public async Task InitializeAsync() => _crawl = await CrawlHarness.CreateAsync(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:RetryAttempts"] = "2" });

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_the_run_succeeds()
    {
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).InScenario("throttle").WillSetStateTo("open")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "2"));
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).InScenario("throttle").WhenStateIs("open")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(_board));

        var watch = Stopwatch.StartNew();
        var summary = await _crawl.RunAsync(CrawlHarness.Greenhouse(_server.Url!));

        Assert.True(summary.Succeeded, summary.Error);
        Assert.Equal(2, summary.Counts.New);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.9), $"waited only {watch.Elapsed}");
        Assert.Equal(2, _server.LogEntries.Count(e => e.RequestMessage.Path == BoardPath));
    }

    [Fact]
    public async Task Repeated_500s_are_retried_then_recorded_as_a_failure()
    {
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(500));

        var summary = await _crawl.RunAsync(CrawlHarness.Greenhouse(_server.Url!));

        Assert.False(summary.Succeeded);
        Assert.Contains("answered 500", summary.Error, StringComparison.Ordinal);
        Assert.Equal(3, _server.LogEntries.Count(e => e.RequestMessage.Path == BoardPath)); // first try + 2 retries
    }

    [Fact]
    public async Task A_source_that_hangs_times_out()
    {
        await using var crawl = await CrawlHarness.CreateAsync(Path.Combine(_dir.Path, "hang"), new Dictionary<string, string?> { ["JobScout:Crawler:TimeoutSeconds"] = "1" });
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).RespondWith(Response.Create().WithBody(_board).WithDelay(TimeSpan.FromSeconds(5)));

        var summary = await crawl.RunAsync(CrawlHarness.Greenhouse(_server.Url!));

        Assert.False(summary.Succeeded);
        Assert.Contains("did not answer in time", summary.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_fails_the_run_with_a_clear_message_and_stores_nothing()
    {
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).RespondWith(Response.Create().WithBody("{\"jobs\": [ {\"id\": 1, \"title\": "));

        var summary = await _crawl.RunAsync(CrawlHarness.Greenhouse(_server.Url!));

        Assert.False(summary.Succeeded);
        Assert.Contains("not valid JSON", summary.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await _crawl.Listings.StatsAsync()).AllListings);
    }

    [Fact]
    public async Task A_50_MB_body_is_dropped_at_the_size_cap()
    {
        var huge = "{\"jobs\": [" + new string(' ', 50 * 1024 * 1024) + "]}";
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).RespondWith(Response.Create().WithBody(huge));

        var summary = await _crawl.RunAsync(CrawlHarness.Greenhouse(_server.Url!));

        Assert.False(summary.Succeeded);
        Assert.Contains("cap", summary.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_robots_txt_disallow_is_obeyed_and_the_board_is_never_requested()
    {
        _server.Given(Request.Create().WithPath("/robots.txt").UsingGet()).RespondWith(Response.Create().WithBody("User-agent: *\nDisallow: /v1/\n"));
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).RespondWith(Response.Create().WithBody(_board));

        var summary = await _crawl.RunAsync(CrawlHarness.Greenhouse(_server.Url!));

        Assert.False(summary.Succeeded);
        Assert.Contains("robots.txt", summary.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.LogEntries, e => e.RequestMessage.Path == BoardPath);
    }

    [Fact]
    public async Task An_unchanged_board_answers_304_to_a_conditional_get()
    {
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet().WithHeader("If-None-Match", "\"v1\"")).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(304));
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).AtPriority(5)
            .RespondWith(Response.Create().WithHeader("ETag", "\"v1\"").WithBody(_board));
        var source = CrawlHarness.Greenhouse(_server.Url!);

        var first = await _crawl.RunAsync(source);
        var second = await _crawl.RunAsync(source);
        var third = await _crawl.RunAsync(source);

        Assert.Equal(2, first.Counts.New);
        Assert.True(second.Succeeded && third.Succeeded);
        Assert.Equal(0, second.Fetched);
        Assert.Equal(0, third.Closed); // "not modified" is not "gone"
        Assert.Equal(2, (await _crawl.Listings.StatsAsync()).OpenListings);
    }

    [Fact]
    public async Task A_listing_missing_from_its_board_for_three_runs_is_closed_and_leaves_the_index()
    {
        var smaller = JsonNode.Parse(_board)!;
        smaller["jobs"]!.AsArray().RemoveAt(1); // the search quality rater is taken down
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).RespondWith(Response.Create().WithBody(_board));
        var source = CrawlHarness.Greenhouse(_server.Url!);
        var searcher = _crawl.Services.GetRequiredService<ListingSearcher>();

        await _crawl.RunAsync(source);
        _server.ResetMappings();
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).RespondWith(Response.Create().WithBody(smaller.ToJsonString()));
        var runs = new List<Infrastructure.Crawling.CrawlSummary>();
        for (var run = 0; run < 3; run++)
        {
            runs.Add(await _crawl.RunAsync(source));
        }

        Assert.All(runs, r => Assert.True(r.Succeeded && r.Fetched == 3, r.Error));
        Assert.Equal([0, 0, 1], runs.Select(r => r.Closed));
        Assert.Equal(1, (await _crawl.Listings.StatsAsync()).OpenListings);
        Assert.Equal(0, searcher.Search(new SearchRequest("\"search quality\"")).Total);
        Assert.Equal(1, searcher.Search(new SearchRequest("law")).Total);
    }

    [Fact]
    public async Task The_same_job_on_two_sources_becomes_one_listing_with_two_sources()
    {
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).RespondWith(Response.Create().WithBody(_board));
        _server.Given(Request.Create().WithPath("/v1/boards/quillstone-eu/jobs").UsingGet()).RespondWith(Response.Create().WithBody(_board));

        var first = await _crawl.RunAsync(CrawlHarness.Greenhouse(_server.Url!));
        var second = await _crawl.RunAsync(CrawlHarness.Greenhouse(_server.Url!, "quillstone-eu"));

        Assert.Equal(2, first.Counts.New);
        Assert.Equal(0, second.Counts.New);
        Assert.Equal(2, second.Counts.Merged);
        Assert.Equal(2, (await _crawl.Listings.StatsAsync()).OpenListings);
        var canonical = (await _crawl.Listings.NewestAsync(10))[0];
        var also = Assert.Single(await _crawl.Listings.AlsoListedAsync(canonical.Id));
        Assert.Equal("greenhouse:quillstone-eu", also.Source);
        Assert.Equal(2, _crawl.Services.GetRequiredService<ListingSearcher>().Search(new SearchRequest(null)).Total);
    }

    [Fact]
    public async Task Loopback_sources_are_refused_unless_configuration_allows_them()
    {
        await using var strict = await CrawlHarness.CreateAsync(Path.Combine(_dir.Path, "strict"), new Dictionary<string, string?> { ["JobScout:Crawler:AllowPrivateNetworks"] = "false" });
        _server.Given(Request.Create().WithPath(BoardPath).UsingGet()).RespondWith(Response.Create().WithBody(_board));

        var summary = await strict.RunAsync(CrawlHarness.Greenhouse(_server.Url!));

        Assert.False(summary.Succeeded);
        Assert.DoesNotContain(_server.LogEntries, e => e.RequestMessage.Path == BoardPath);
    }

    public async Task DisposeAsync()
    {
        await _crawl.DisposeAsync();
        _server.Stop();
        _server.Dispose();
        _dir.Dispose();
    }
}
