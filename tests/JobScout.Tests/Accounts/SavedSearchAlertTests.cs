using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using JobScout.Infrastructure.Alerts;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace JobScout.Tests.Accounts;

/// <summary>A saved search alerts after a crawl adds a matching listing: in the app, in its private feed and by e-mail.</summary>
public sealed class SavedSearchAlertTests : IDisposable
{
    private const string SourceId = "quillstone-board";
    private readonly TempDirectory _dir = new();
    private readonly SmtpSink _smtp = new();
    private readonly WireMockServer _board = WireMockServer.Start();

    [Fact]
    public async Task A_crawl_that_adds_a_matching_listing_alerts_once_in_the_app_the_feed_and_by_email()
    {
        _board.Given(Request.Create().WithPath("/v1/boards/quillstone/jobs").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(File.ReadAllText(Paths.Fixture("greenhouse_board.json"))));
        using var factory = CreateFactory();
        using var seeker = await SiteSession.SignedInAsync(factory, "noor@example.com");
        using var saved = await seeker.PostFormAsync("/saved", ("name", "Legal rubric work"), ("query", "q=law+rubric"), ("frequency", AlertFrequency.AfterCrawl));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var search = Assert.Single(await factory.Services.GetRequiredService<SavedSearchStore>().ForOwnerAsync(seeker.UserId));

        await factory.CrawlAsync(SourceId, 1);
        var alerts = await WaitForAlertsAsync(factory, seeker.UserId, 1);

        Assert.Equal("AI Trainer – Law (Contract, Remote)", Assert.Single(alerts).Title);
        var page = await seeker.GetStringAsync("/alerts");
        Assert.Contains("AI Trainer – Law (Contract, Remote)", page, StringComparison.Ordinal);
        Assert.Contains("alert-badge", page, StringComparison.Ordinal);
        var mail = await _smtp.WaitForAsync(m => m.Subject?.Contains("Legal rubric work", StringComparison.Ordinal) == true);
        Assert.Equal("1 new listing: Legal rubric work", mail.Subject);
        Assert.Contains("AI Trainer – Law (Contract, Remote)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/listings/{alerts[0].ListingId}", mail.TextBody, StringComparison.Ordinal);

        using var anonymous = SiteSession.Anonymous(factory);
        var feed = await ReadFeedAsync(anonymous, $"/feeds/saved/{search.FeedToken}");
        Assert.Equal("AI Trainer – Law (Contract, Remote) — Quillstone AI", Assert.Single(feed.Items).Title.Text);

        await factory.CrawlAsync(SourceId, 2); // the same listings again: nothing new
        await Task.Delay(1500);
        Assert.Single(await factory.Services.GetRequiredService<AlertStore>().ForUserAsync(seeker.UserId, 10));
        Assert.Single(_smtp.Messages);

        using var rotated = await seeker.PostFormAsync($"/saved/{search.Id}/feed");
        using var old = await anonymous.GetAsync($"/feeds/saved/{search.FeedToken}");
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    [Fact]
    public async Task Listings_that_existed_before_the_search_was_saved_do_not_alert()
    {
        _board.Given(Request.Create().WithPath("/v1/boards/quillstone/jobs").UsingGet())
            .RespondWith(Response.Create().WithBody(File.ReadAllText(Paths.Fixture("greenhouse_board.json"))));
        using var factory = CreateFactory();
        await factory.CrawlAsync(SourceId, 1);
        using var seeker = await SiteSession.SignedInAsync(factory, "late@example.com");
        using var saved = await seeker.PostFormAsync("/saved", ("name", "Law"), ("query", "q=law"), ("frequency", AlertFrequency.Daily));

        var summary = await factory.Services.GetRequiredService<AlertChecker>().RunAsync(afterCrawl: false);

        Assert.Equal(1, summary.SearchesChecked);
        Assert.Equal(0, summary.AlertsCreated);
    }

    private static async Task<IReadOnlyList<Alert>> WaitForAlertsAsync(JobScoutWebFactory factory, long userId, int count)
    {
        var alerts = factory.Services.GetRequiredService<AlertStore>();
        for (var i = 0; i < 100; i++)
        {
            var found = await alerts.ForUserAsync(userId, 10);
            if (found.Count >= count)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No alert was created after the crawl.");
    }

    private static async Task<SyndicationFeed> ReadFeedAsync(SiteSession session, string path)
    {
        using var response = await session.GetAsync(path);
        response.EnsureSuccessStatusCode();
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    private JobScoutWebFactory CreateFactory() => new(_dir.Path, new Dictionary<string, string?>(_smtp.Settings)
    {
        ["JobScout:Sources:0:Id"] = SourceId,
        ["JobScout:Sources:0:Kind"] = "greenhouse",
        ["JobScout:Sources:0:Board"] = "quillstone",
        ["JobScout:Sources:0:BaseUrl"] = _board.Url,
    });

    public void Dispose()
    {
        _board.Stop();
        _board.Dispose();
        _smtp.Dispose();
        _dir.Dispose();
    }
}
