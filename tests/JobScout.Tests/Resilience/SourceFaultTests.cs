using System.Net;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace JobScout.Tests.Resilience;

/// <summary>
/// Sources that reset the connection, trickle bytes, return 10 MB of garbage or redirect in a loop: each run is
/// reported with what went wrong, the site keeps answering searches, and a healthy source still crawls afterwards.
/// </summary>
public sealed class SourceFaultTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly WireMockServer _boards = WireMockServer.Start();
    private MisbehavingServer _resetting = null!;
    private MisbehavingServer _trickling = null!;

    public Task InitializeAsync()
    {
        _resetting = MisbehavingServer.ResettingConnections();
        _trickling = MisbehavingServer.Trickling(TimeSpan.FromMilliseconds(300));
        var garbage = new byte[10 * 1024 * 1024];
        new Random(8).NextBytes(garbage);
        _boards.Given(Request.Create().WithPath("/v1/boards/garbage/jobs").UsingGet()).RespondWith(Response.Create().WithBody(garbage));
        _boards.Given(Request.Create().WithPath("/v1/boards/loop/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", "/v1/boards/loop/jobs"));
        _boards.Given(Request.Create().WithPath("/v1/boards/healthy/jobs").UsingGet())
            .RespondWith(Response.Create().WithBody(File.ReadAllText(Paths.Fixture("greenhouse_board.json"))));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Each_broken_source_is_reported_searches_keep_working_and_a_healthy_source_still_crawls()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?>
        {
            ["JobScout:Crawler:Enabled"] = "false",
            ["JobScout:Crawler:TimeoutSeconds"] = "2",
            ["JobScout:Sources:0:Id"] = "resets",
            ["JobScout:Sources:0:Kind"] = "greenhouse",
            ["JobScout:Sources:0:Board"] = "resets",
            ["JobScout:Sources:0:BaseUrl"] = _resetting.Url,
            ["JobScout:Sources:1:Id"] = "trickles",
            ["JobScout:Sources:1:Kind"] = "greenhouse",
            ["JobScout:Sources:1:Board"] = "trickles",
            ["JobScout:Sources:1:BaseUrl"] = _trickling.Url,
            ["JobScout:Sources:2:Id"] = "garbage",
            ["JobScout:Sources:2:Kind"] = "greenhouse",
            ["JobScout:Sources:2:Board"] = "garbage",
            ["JobScout:Sources:2:BaseUrl"] = _boards.Url,
            ["JobScout:Sources:3:Id"] = "loops",
            ["JobScout:Sources:3:Kind"] = "greenhouse",
            ["JobScout:Sources:3:Board"] = "loop",
            ["JobScout:Sources:3:BaseUrl"] = _boards.Url,
            ["JobScout:Sources:4:Id"] = "healthy",
            ["JobScout:Sources:4:Kind"] = "greenhouse",
            ["JobScout:Sources:4:Board"] = "healthy",
            ["JobScout:Sources:4:BaseUrl"] = _boards.Url,
        });
        using var visitor = SiteSession.Anonymous(factory);
        var expected = new (string Source, string Says)[]
        {
            ("resets", "Could not reach 127.0.0.1"),
            ("trickles", "too slowly"),
            ("garbage", "not valid JSON"),
            ("loops", "302"),
        };

        var run = 0;
        foreach (var (source, says) in expected)
        {
            var result = await factory.CrawlAsync(source, ++run);

            Assert.Equal(CrawlRunStatus.Failed, result.Status);
            Assert.Contains(says, result.Error, StringComparison.Ordinal);
            using var search = await visitor.GetAsync("/search?q=rater");
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.Contains("listing-card", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var healthy = await factory.CrawlAsync("healthy", ++run);
        Assert.Equal(CrawlRunStatus.Succeeded, healthy.Status);
        Assert.Contains("Quillstone", await visitor.GetStringAsync("/search?q=law"), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _resetting.DisposeAsync();
        await _trickling.DisposeAsync();
        _boards.Stop();
        _boards.Dispose();
        _dir.Dispose();
    }
}
