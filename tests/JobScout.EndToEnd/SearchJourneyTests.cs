using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace JobScout.EndToEnd;

[Collection(SiteTestGroup.Name)]
public sealed partial class SearchJourneyTests(SiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public async Task A_job_seeker_searches_from_the_home_page_opens_a_listing_and_finds_the_apply_link()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        await page.GotoAsync(site.BaseAddress.ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Find remote AI-training work" })).ToBeVisibleAsync();
        await Screenshot(page, "1-home.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("Search remote AI-training listings").FillAsync("search quality");
        await page.GetByLabel("Search remote AI-training listings").PressAsync("Enter");
        await page.WaitForURLAsync(SearchUrl());
        await Expect(page.Locator("h1")).ToContainTextAsync("for “search quality”");
        var firstResult = page.Locator(".listing-card h2 a").First;
        await Expect(firstResult).ToContainTextAsync("Search Quality Rater");
        await Screenshot(page, "2-results.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await firstResult.ClickAsync();
        await page.WaitForURLAsync(ListingUrl());
        var apply = page.GetByRole(AriaRole.Link, new() { NameRegex = ApplyName() });
        await Expect(apply).ToBeVisibleAsync();
        Assert.StartsWith("https://jobs.example.com/", await apply.GetAttributeAsync("href"), StringComparison.Ordinal);
        await Expect(page.Locator(".badge", new() { HasText = "Example" })).ToBeVisibleAsync();
        await Screenshot(page, "3-listing.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        Assert.Empty(consoleErrors); // the CSP allows no inline script, and none is needed
    }

    [Fact]
    public async Task A_job_seeker_narrows_by_two_facets_sorts_by_pay_and_pages()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(site.BaseAddress, "/search?q=brackenfold").ToString());

        await page.Locator("#facet-role + ul").GetByRole(AriaRole.Link, new() { NameRegex = RoleLink("Rater") }).ClickAsync();
        await page.Locator("#facet-role + ul").GetByRole(AriaRole.Link, new() { NameRegex = RoleLink("Model evaluator") }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("60 listings");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Sort" }).GetByRole(AriaRole.Link, new() { Name = "Pay", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(PaySorted());

        var firstPage = await HourlyPaysAsync(page);
        Assert.Equal(20, firstPage.Count);
        Assert.Equal(firstPage.OrderDescending(), firstPage);
        Assert.All(await page.Locator(".listing-card h2 a").AllInnerTextsAsync(), t => Assert.Matches("^(AI Rater|Model Evaluator)", t));
        await Screenshot(page, "7-facets-sorted.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Expect(page.GetByText("Page 2 of 3")).ToBeVisibleAsync();
        var secondPage = await HourlyPaysAsync(page);
        Assert.True(secondPage.Max() <= firstPage.Min());
        Assert.Contains("role=rater", page.Url, StringComparison.Ordinal);
        Assert.Contains("role=model-evaluator", page.Url, StringComparison.Ordinal);
        await Screenshot(page, "8-page-2.png");
    }

    private static async Task<List<int>> HourlyPaysAsync(IPage page) =>
        (await page.Locator(".listing-card p.text-body-secondary").AllInnerTextsAsync())
        .Select(text => int.Parse(PayFigure().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
        .ToList();

    [Fact]
    public async Task Bad_query_syntax_shows_a_notice_instead_of_an_error_page()
    {
        var page = await site.Browser.NewPageAsync();

        var response = await page.GotoAsync(new Uri(site.BaseAddress, "/search?q=rater+AND+(").ToString());

        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("searched as plain words");
        await Screenshot(page, "4-bad-query.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_sources_page_lists_each_source_with_its_state()
    {
        var page = await site.Browser.NewPageAsync();
        await site.SignInAsync(page, SiteHost.AdminEmail);

        await page.GotoAsync(new Uri(site.BaseAddress, "/admin/sources").ToString());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Crawl sources" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Crawl now" }).First).ToBeVisibleAsync();
        await Screenshot(page, "5-sources.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_search_term_page_explains_the_matrix_before_any_crawl()
    {
        var page = await site.Browser.NewPageAsync();
        await site.SignInAsync(page, SiteHost.AdminEmail);

        await page.GotoAsync(new Uri(site.BaseAddress, "/admin/terms").ToString());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Search-term yield" })).ToBeVisibleAsync();
        await Expect(page.GetByText("queries of the matrix are waiting for their first try")).ToBeVisibleAsync();
        await Screenshot(page, "6-terms.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task An_admin_opens_why_a_listing_counts_as_AI_training_work()
    {
        var page = await site.Browser.NewPageAsync();
        await site.SignInAsync(page, SiteHost.AdminEmail);
        await page.GotoAsync(new Uri(site.BaseAddress, "/search?q=rater").ToString());
        await page.Locator(".listing-card h2 a").First.ClickAsync();
        await page.WaitForURLAsync(ListingUrl());

        var why = page.Locator("details.relevance-evidence");
        await why.Locator("summary").ClickAsync();

        await Expect(why.Locator("summary")).ToContainTextAsync("counts as AI-training work (score");
        await Expect(why.Locator("li").First).ToBeVisibleAsync();
        await Screenshot(page, "8-listing-evidence.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private Task Screenshot(IPage page, string name) => Screenshots.TakeAsync(page, name, output);

    [GeneratedRegex("/search\\?q=")]
    private static partial Regex SearchUrl();

    [GeneratedRegex("/listings/\\d+$")]
    private static partial Regex ListingUrl();

    [GeneratedRegex("^Apply on ")]
    private static partial Regex ApplyName();

    [GeneratedRegex("sort=pay")]
    private static partial Regex PaySorted();

    [GeneratedRegex(@"\$(\d+)/hour")]
    private static partial Regex PayFigure();

    private static Regex RoleLink(string label) => new($"^\\W*{label} \\(", RegexOptions.IgnoreCase);
}
