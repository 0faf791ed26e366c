using System.Net;
using JobScout.Infrastructure.Tracking;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Accounts;

/// <summary>The application tracker through the site: add, move, notes with a reminder, CSV export.</summary>
public sealed class TrackerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task An_application_moves_across_the_board_and_exports_with_the_date_of_each_status()
    {
        using var factory = AccountsSite.Create(_dir.Path);
        var ids = await AccountsSite.AddListingsAsync(factory, "=HYPERLINK(\"http://evil\") Rater");
        using var seeker = await SiteSession.SignedInAsync(factory, "ada@example.com");

        using var added = await seeker.PostFormAsync("/tracker", ("listingId", ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var detail = added.Headers.Location!.OriginalString;
        var applicationId = detail.Split('/')[^1];
        foreach (var status in new[] { ApplicationStatus.Applied, ApplicationStatus.Assessment, ApplicationStatus.Onboarding })
        {
            using var moved = await seeker.PostFormAsync($"/tracker/{applicationId}/move", ("status", status));
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        using var notes = await seeker.PostFormAsync($"/tracker/{applicationId}/notes",
            ("notes", "Passed the writing test"), ("nextStep", "Finish onboarding videos"), ("nextStepOn", "2026-01-05"));
        using var bogus = await seeker.PostFormAsync($"/tracker/{applicationId}/move", ("status", "hired-by-magic"));

        var board = await seeker.GetStringAsync("/tracker");
        Assert.Contains("Finish onboarding videos", board, StringComparison.Ordinal);
        Assert.Contains(">Due<", board, StringComparison.Ordinal);
        var page = await seeker.GetStringAsync($"/tracker/{applicationId}");
        Assert.Contains("Onboarding", page, StringComparison.Ordinal);
        var csv = await seeker.GetStringAsync("/tracker/export.csv");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Title,Company,Status,Listing,Notes,Next step,Next step on,Added,Updated,Saved on,Applied on", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil\"\") Rater\",Harbourline Data,Onboarding,", lines[1], StringComparison.Ordinal); // a formula is defused
        Assert.Contains("Passed the writing test,Finish onboarding videos,2026-01-05", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_platform_states_show_when_they_started_and_the_requalify_date()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 25, 23, 59, 0, TimeSpan.Zero));
        using var site = AccountsSite.Create(_dir.Path);
        using var factory = site.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock)));
        var ids = await AccountsSite.AddListingsAsync(factory, "Prompt Evaluator – Law", "Fact-Checker – Science");
        using var seeker = await SiteSession.SignedInAsync(factory, "cy@example.com");
        var first = await AddAsync(seeker, ids[0]);
        var second = await AddAsync(seeker, ids[1]);

        using var waitlisted = await seeker.PostFormAsync($"/tracker/{first}/move", ("status", ApplicationStatus.Waitlisted));
        using var requalify = await seeker.PostFormAsync($"/tracker/{second}/move", ("status", ApplicationStatus.Requalify));
        using var date = await seeker.PostFormAsync($"/tracker/{second}/notes", ("nextStep", "Retake the rubric test"), ("nextStepOn", "2027-01-15"));

        var board = await seeker.GetStringAsync("/tracker");
        Assert.Contains("waitlisted since 2026-11-25", board, StringComparison.Ordinal);
        Assert.Contains("Requalify by 2027-01-15", board, StringComparison.Ordinal);
        Assert.Contains(">No tasks available <", board, StringComparison.Ordinal);
    }

    private static async Task<string> AddAsync(SiteSession seeker, long listingId)
    {
        using var added = await seeker.PostFormAsync("/tracker", ("listingId", listingId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return added.Headers.Location!.OriginalString.Split('/')[^1];
    }

    [Fact]
    public async Task Tracking_the_same_listing_twice_keeps_one_card()
    {
        using var factory = AccountsSite.Create(_dir.Path);
        var ids = await AccountsSite.AddListingsAsync(factory, "Search Quality Rater");
        using var seeker = await SiteSession.SignedInAsync(factory, "bo@example.com");
        var id = ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var first = await seeker.PostFormAsync("/tracker", ("listingId", id));
        using var second = await seeker.PostFormAsync("/tracker", ("listingId", id));

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        using var missing = await seeker.PostFormAsync("/tracker", ("listingId", "999999"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    public void Dispose() => _dir.Dispose();
}
