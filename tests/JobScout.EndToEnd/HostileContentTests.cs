using System.Text.Json;
using JobScout.Core.Sources.Boards;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace JobScout.EndToEnd;

/// <summary>A board whose titles and descriptions carry script: crawled the way every board is, none of it runs in Chromium.</summary>
public sealed class HostileSiteFixture : SiteHost
{
    public static readonly string[] Payloads =
    [
        "<script>window.__xss=1;alert('title')</script>",
        "<img src=x onerror=\"window.__xss=2;alert(2)\">",
        "\"><svg onload=\"window.__xss=3\">",
        "<a href=\"javascript:window.__xss=4\">click</a>",
        "<iframe srcdoc=\"<script>parent.__xss=5</script>\"></iframe>",
        "<style>body{display:none}</style><div style=\"background:url(javascript:window.__xss=6)\">x</div>",
    ];

    protected override IDictionary<string, string?> Settings() => new Dictionary<string, string?> { ["JobScout:SeedExamples"] = "false" };

    protected override async Task SeedAsync(IServiceProvider services)
    {
        var jobs = Payloads.Select((payload, i) => new
        {
            id = 5_000 + i,
            title = $"AI Rater {payload}",
            absolute_url = i == 3 ? "javascript:window.__xss=7" : $"https://boards.example.test/hostile/jobs/{5_000 + i}",
            location = new { name = "Remote" },
            updated_at = "2026-11-20T09:00:00Z",
            company_name = "Hostile Labs",
            content = System.Net.WebUtility.HtmlEncode($"<p>Rate chatbot answers. {payload}</p><p onclick=\"window.__xss=8\">Apply today.</p>"),
        });
        var parsed = new GreenhouseBoard().Parse(JsonSerializer.Serialize(new { jobs }), "hostile");
        await services.GetRequiredService<ListingStore>().UpsertAsync(parsed.Listings, isExample: false);
        await services.GetRequiredService<IndexFollower>().CatchUpAsync();
    }
}

public sealed class HostileContentTests(HostileSiteFixture site, ITestOutputHelper output) : IClassFixture<HostileSiteFixture>
{
    private readonly List<string> _dialogs = [];

    [Fact]
    public async Task Script_in_crawled_titles_and_descriptions_never_runs()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.Dialog += async (_, dialog) =>
        {
            _dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await page.GotoAsync(site.Url("/search?q=rater"));
        await Assertions.Expect(page.Locator(".listing-card")).ToHaveCountAsync(HostileSiteFixture.Payloads.Length);
        await Screenshots.TakeAsync(page, "x-1-hostile-search.png", output);
        await AssertNothingRanAsync(page);

        var links = await page.Locator(".listing-card a[href^='/listings/']").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        foreach (var link in links.Distinct())
        {
            await page.GotoAsync(site.Url(link));
            await page.Locator(".listing-description, main").First.ClickAsync(); // a click would fire an onclick that survived
            await AssertNothingRanAsync(page);
            var hrefs = await page.Locator("a").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href') || '')");
            Assert.DoesNotContain(hrefs, h => h.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        }

        await Screenshots.TakeAsync(page, "x-2-hostile-listing.png", output);
        Assert.Empty(_dialogs);
    }

    private async Task AssertNothingRanAsync(IPage page)
    {
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Empty(_dialogs);
    }
}
