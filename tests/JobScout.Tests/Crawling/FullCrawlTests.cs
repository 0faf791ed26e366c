using System.Text.Json.Nodes;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Search;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Xunit.Abstractions;

namespace JobScout.Tests.Crawling;

/// <summary>Every kind of source, served over real HTTP from its fixture, crawled end to end.</summary>
public sealed class FullCrawlTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly WireMockServer _server = WireMockServer.Start();
    private CrawlHarness _crawl = null!;

    public async Task InitializeAsync() => _crawl = await CrawlHarness.CreateAsync(_dir.Path);

    [Fact]
    public async Task Every_source_kind_is_crawled_stored_and_searchable()
    {
        var sources = ServeAllFixtures();
        var summaries = new List<CrawlSummary>();
        foreach (var source in sources)
        {
            summaries.Add(await _crawl.RunAsync(source));
        }

        output.WriteLine($"{"source",-18} {"fetched",7} {"new",4} {"merged",6} {"unchanged",9} {"skipped",7}");
        foreach (var s in summaries)
        {
            output.WriteLine($"{s.SourceId,-18} {s.Fetched,7} {s.Counts.New,4} {s.Counts.Merged,6} {s.Counts.Unchanged,9} {s.Skipped,7}");
        }

        Assert.All(summaries, s => Assert.True(s.Succeeded, $"{s.SourceId}: {s.Error}"));
        Assert.All(summaries, s => Assert.True(s.Counts.New + s.Counts.Merged > 0, $"{s.SourceId} stored nothing"));
        var stats = await _crawl.Listings.StatsAsync();
        var searchable = _crawl.Services.GetRequiredService<ListingSearcher>().Search(new SearchRequest(null)).Total;
        output.WriteLine($"open listings: {stats.OpenListings}, searchable: {searchable}");
        Assert.Equal(stats.OpenListings, searchable);
        Assert.Equal(4, _server.LogEntries.Count(e => e.RequestMessage.Path == "/api/remote-jobs")); // Remotive's daily budget
        Assert.Equal(2, _server.LogEntries.Count(e => e.RequestMessage.Path == "/jobs/api/search")); // a cursor page, then the end
    }

    private List<SourceOptions> ServeAllFixtures()
    {
        var url = _server.Url!;
        Serve("/v1/boards/quillstone/jobs", "greenhouse_board.json");
        Serve("/v0/postings/northwind", "lever_board.json");
        Serve("/posting-api/job-board/lumen", "ashby_board.json");
        Serve("/api/v1/widget/accounts/tidewater", "workable_board.json");
        Serve("/v1/companies/cobaltleaf/postings", "smartrecruiters_board.json");
        Serve("/recruitee/api/offers/", "recruitee_board.json");
        Serve("/api/remote-jobs", "remotive_feed.json");
        Serve("/api", "remoteok_feed.json");
        Serve("/api/job-board-api", "arbeitnow_feed.json");
        Serve("/feeds/ai-jobs.rss", "rss_feed.xml");
        Serve("/jobs/ai-trainer.html", "jsonld_graph.html");
        var lastPage = JsonNode.Parse(File.ReadAllText(Paths.Fixture("himalayas_feed.json")))!;
        lastPage["nextCursor"] = null;
        _server.Given(Request.Create().WithPath("/jobs/api/search").WithParam("cursor").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithBody(lastPage.ToJsonString()));
        _server.Given(Request.Create().WithPath("/jobs/api/search").UsingGet()).AtPriority(5)
            .RespondWith(Response.Create().WithBody(File.ReadAllText(Paths.Fixture("himalayas_feed.json"))));

        SourceOptions Make(string kind, string? board = null, string? baseUrl = null, int? budget = null) =>
            new() { Id = kind, Kind = kind, Board = board, BaseUrl = baseUrl ?? url, DailyQueryBudget = budget };
        return
        [
            Make("greenhouse", "quillstone"), Make("lever", "northwind"), Make("ashby", "lumen"), Make("workable", "tidewater"),
            Make("smartrecruiters", "cobaltleaf"), Make("recruitee", "saltmarsh", url + "/recruitee"), Make("remotive"),
            Make("remoteok"), Make("himalayas", budget: 1), Make("arbeitnow"), Make("rss", baseUrl: url + "/feeds/ai-jobs.rss"),
            Make("jsonld", baseUrl: url + "/jobs/ai-trainer.html"),
        ];
    }

    private void Serve(string path, string fixture) =>
        _server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(File.ReadAllText(Paths.Fixture(fixture))));

    public async Task DisposeAsync()
    {
        await _crawl.DisposeAsync();
        _server.Stop();
        _server.Dispose();
        _dir.Dispose();
    }
}
