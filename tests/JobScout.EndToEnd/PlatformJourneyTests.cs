using JobScout.Core.Sources;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace JobScout.EndToEnd;

/// <summary>A seeker checks a recruiter message, then reads the platform's page.</summary>
[Collection(SiteTestGroup.Name)]
public sealed class PlatformJourneyTests(SiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public async Task A_suspicious_message_is_explained_and_the_real_platform_page_shows_its_listings_and_pay()
    {
        var store = site.Services.GetRequiredService<ListingStore>();
        var drafts = new[] { ("AI Trainer – Law", "$45/hour"), ("Coding Expert – Python", "$50/hour"), ("AI Trainer – Finance", "$35/hour") }
            .Select((l, i) => ListingNormalizer.Normalize(new ListingDraft
            {
                Source = "jsonl:e2e-platform",
                SourceId = $"p{i}",
                Title = l.Item1,
                Company = "Outlier",
                Url = $"https://jobs.example.com/p{i}",
                Location = "Remote",
                PayText = l.Item2,
                DescriptionHtml = $"<p>Review AI answers to {l.Item1.Split(" – ")[1].ToLowerInvariant()} questions against a rubric.</p>",
            })).ToList();
        await store.UpsertAsync(drafts, isExample: false);
        await store.UpsertAsync([drafts[2] with { Pay = null }], isExample: false);
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        await page.GotoAsync(site.Url("/check"));
        await page.GetByLabel("The message, e-mail or link").FillAsync(
            "Hi, this is Anna from Outlier HR! Your rater profile is approved. Add me on Telegram to start today, and pay the $45 onboarding fee at outlier-ai-jobs.com within 2 hours.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check it" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Likely a scam" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".check-signals li")).ToHaveCountAsync(4);
        await Screenshot(page, "s-1-check.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(site.Url("/platforms/outlier"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open listings: 3" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.pay-by-domain")).ToContainTextAsync("Law");
        await Assertions.Expect(page.Locator(".platform-fact[data-topic=payment]")).ToContainTextAsync("weekly");
        await Screenshot(page, "s-2-platform.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // The platform's practice pack opens straight into its first item.
        await page.Locator(".practice-for-platform").GetByRole(AriaRole.Button, new() { Name = "Practise General assistant answers" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/practice/attempts/[^/]+/1$"));
    }

    private Task Screenshot(IPage page, string name) => Screenshots.TakeAsync(page, name, output);
}
