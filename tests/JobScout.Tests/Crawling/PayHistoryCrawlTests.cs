using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace JobScout.Tests.Crawling;

/// <summary>Two real crawls of a board whose listing drops its pay: the change is kept with its date.</summary>
public sealed class PayHistoryCrawlTests : IDisposable
{
    private const string SourceId = "history-board";
    private readonly TempDirectory _dir = new();
    private readonly WireMockServer _board = WireMockServer.Start();

    [Fact]
    public async Task A_pay_change_between_two_crawls_is_recorded()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?>
        {
            ["JobScout:Sources:0:Id"] = SourceId,
            ["JobScout:Sources:0:Kind"] = "greenhouse",
            ["JobScout:Sources:0:Board"] = "history",
            ["JobScout:Sources:0:BaseUrl"] = _board.Url,
        });
        Serve("$21.00/hour");
        Assert.Equal(CrawlRunStatus.Succeeded, (await factory.CrawlAsync(SourceId, 1)).Status);
        Serve("$16.00/hour");
        Assert.Equal(CrawlRunStatus.Succeeded, (await factory.CrawlAsync(SourceId, 2)).Status);

        var store = factory.Services.GetRequiredService<ListingStore>();
        var listing = (await store.NewestAsync(50)).Single(l => l.Listing.Title == "AI Rater – Finance");
        var change = Assert.Single(await store.ChangesAsync(listing.Id));
        Assert.Equal((ListingChangeFields.Pay, "$21/h", "$16/h"), (change.Field, change.From, change.To));
    }

    private void Serve(string pay)
    {
        _board.ResetMappings();
        _board.Given(Request.Create().WithPath("/v1/boards/history/jobs").UsingGet()).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody($$"""
            { "jobs": [ { "id": 9100001, "title": "AI Rater – Finance", "absolute_url": "https://boards.example.test/history/jobs/9100001",
                          "location": { "name": "Remote - United States" }, "updated_at": "2026-11-20T09:00:00Z", "company_name": "Harbourline Data",
                          "content": "&lt;p&gt;Rate AI answers about finance against a rubric. Pay: {{pay}}&lt;/p&gt;" } ] }
            """));
    }

    public void Dispose()
    {
        _board.Stop();
        _board.Dispose();
        _dir.Dispose();
    }
}
