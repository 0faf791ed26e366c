using Microsoft.Playwright;
using Xunit.Abstractions;

namespace JobScout.EndToEnd;

/// <summary>Every item type taken in Chromium: a practice run with feedback after each item, then a timed exam with its results.</summary>
[Collection(SiteTestGroup.Name)]
public sealed class PracticeJourneyTests(SiteFixture site, ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Types = new()
    {
        ["Rubric rating"] = "rating",
        ["A/B comparison"] = "pairwise",
        ["Ranking"] = "ranking",
        ["Fact-check"] = "factcheck",
        ["Labelling"] = "label",
        ["Search evaluation"] = "search",
        ["Rewrite"] = "rewrite",
    };

    [Fact]
    public async Task A_practice_run_takes_every_item_type_with_feedback_after_each()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(site.Url("/practice"));
        await Screenshot(page, "p-0-packs.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Practise General assistant answers" }).ClickAsync();

        var seen = new HashSet<string>();
        for (var number = 1; number <= 10; number++)
        {
            var type = Types[(await page.Locator("h1").InnerTextAsync()).Trim()];
            var first = seen.Add(type);
            await AnswerAsync(page, type);
            if (first)
            {
                await Screenshot(page, $"p-{type}-item.png");
                await Accessibility.AssertNoSeriousViolationsAsync(page);
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Check my answer" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How you did" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".expert-explanation")).ToContainTextAsync("The expert's reasoning:");
            if (first)
            {
                await Screenshot(page, $"p-{type}-feedback.png");
            }

            if (number < 10)
            {
                await page.GetByRole(AriaRole.Link, new() { Name = "Next item" }).ClickAsync();
            }
        }

        Assert.Equal(7, seen.Count);
        await page.GetByRole(AriaRole.Button, new() { Name = "See my results" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your results" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.dimensions")).ToBeVisibleAsync();
        await Screenshot(page, "p-results-practice.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task An_exam_hides_feedback_until_the_end_then_shows_pass_or_fail_and_every_item()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(site.Url("/practice"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Take the exam Search quality rating" }).ClickAsync();
        // The countdown runs in the page (the server still refuses a late answer).
        await Assertions.Expect(page.GetByRole(AriaRole.Timer)).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Time left: 1?\d:\d\d"));
        var attempt = page.Url[..page.Url.LastIndexOf('/')];

        for (var number = 1; number <= 10; number++)
        {
            await AnswerAsync(page, Types[(await page.Locator("h1").InnerTextAsync()).Trim()]);
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Submit and (continue|finish)$") }).ClickAsync();
            Assert.DoesNotContain("/feedback", page.Url, StringComparison.Ordinal);
            if (number == 3)
            {
                // Midway, the attempt's page shows progress and nothing of the answers; an answered item cannot be opened again.
                await page.GotoAsync(attempt);
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("exam in progress$") })).ToBeVisibleAsync();
                await Assertions.Expect(page.Locator(".item-review, .expert-explanation")).ToHaveCountAsync(0);
                await Screenshot(page, "p-exam-in-progress.png");
                await Accessibility.AssertNoSeriousViolationsAsync(page);
                await page.GotoAsync(attempt + "/1");
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("exam in progress$") })).ToBeVisibleAsync();
                await page.GetByRole(AriaRole.Link, new() { Name = "Answer item 4" }).ClickAsync();
            }
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your results" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".score-box")).ToContainTextAsync("pass mark 70%");
        await Assertions.Expect(page.Locator(".item-review")).ToHaveCountAsync(10);
        await Screenshot(page, "p-results-exam.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>Answers any item the way a hurried applicant might: middle ratings, first choices, ranks in order.</summary>
    private static async Task AnswerAsync(IPage page, string type)
    {
        var form = page.Locator("form.practice-item");
        switch (type)
        {
            case "rating":
                foreach (var select in await form.Locator("select").AllAsync())
                {
                    await select.SelectOptionAsync("4");
                }

                await page.GetByLabel("Explain your decision").FillAsync("The answer states a wrong figure and cites no source, so accuracy is low.");
                break;
            case "pairwise":
                await form.GetByLabel("A is better").CheckAsync();
                await page.GetByLabel("Explain your decision").FillAsync("A is accurate and complete; B skips part of the question.");
                break;
            case "ranking":
                var selects = await form.Locator("select").AllAsync();
                for (var i = 0; i < selects.Count; i++)
                {
                    await selects[i].SelectOptionAsync($"{i + 1}");
                }

                await page.GetByLabel("Explain your decision").FillAsync("The first answer is the most accurate and helpful.");
                break;
            case "factcheck":
                foreach (var claim in await form.Locator("fieldset.claim").AllAsync())
                {
                    await claim.GetByLabel("Supported", new() { Exact = true }).CheckAsync();
                }

                break;
            case "label":
            case "search":
                foreach (var group in await form.Locator("fieldset").AllAsync())
                {
                    await group.Locator("input[type=radio]").First.CheckAsync();
                }

                break;
            default:
                await page.GetByLabel("Your improved answer").FillAsync("A clear, accurate answer that addresses every part of the question, says when to seek professional advice, and cites a reliable source.");
                break;
        }
    }

    private Task Screenshot(IPage page, string name) => Screenshots.TakeAsync(page, name, output);
}
