using System.Text.RegularExpressions;
using JobScout.Infrastructure.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace JobScout.EndToEnd;

/// <summary>The three account journeys: an alert after a crawl, a coach sharing a collection, an application across the board.</summary>
[Collection(AccountSiteTestGroup.Name)]
public sealed partial class AccountJourneyTests(AccountSiteFixture site, ITestOutputHelper output)
{
    private const string NewJob = """
        { "jobs": [ {
            "id": 8800001, "title": "Tax Law AI Evaluator", "absolute_url": "https://boards.example.test/fernbrook/jobs/8800001",
            "location": { "name": "Remote - United States" }, "updated_at": "2026-11-26T09:00:00Z", "company_name": "Fernbrook Labs",
            "content": "&lt;p&gt;Evaluate AI answers to tax law questions against a rubric. Pay: $48/hour.&lt;/p&gt;"
        } ] }
        """;

    [Fact]
    public async Task A_seeker_saves_a_search_and_gets_an_alert_after_a_crawl_adds_a_matching_listing()
    {
        var seeker = await site.NewPageAsync();
        await site.RegisterAsync(seeker, "mira@seeker.test", "Mira");
        await seeker.GotoAsync(site.Url("/search?q=tax+law"));
        await seeker.GetByText("Save this search").ClickAsync();
        await seeker.GetByLabel("Name").FillAsync("Tax law evaluation");
        await Expect(seeker.GetByLabel("Alert me")).ToHaveValueAsync("after-crawl");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Save search" }).ClickAsync();
        await seeker.WaitForURLAsync(url => url.EndsWith("/saved", StringComparison.Ordinal));
        await Expect(seeker.GetByRole(AriaRole.Link, new() { Name = "Tax law evaluation" })).ToBeVisibleAsync();
        await Screenshot(seeker, "acc-1-saved-search.png");
        await Accessibility.AssertNoSeriousViolationsAsync(seeker);

        site.ServeBoard(NewJob);
        var admin = await site.NewPageAsync();
        await site.SignInAsync(admin, SiteHost.AdminEmail);
        await admin.GotoAsync(site.Url("/admin/sources"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Crawl now" }).First.ClickAsync();

        var badge = seeker.Locator(".alert-badge");
        for (var i = 0; i < 60 && await badge.CountAsync() == 0; i++)
        {
            await Task.Delay(500);
            await seeker.GotoAsync(site.Url("/"));
        }

        await Expect(badge).ToHaveTextAsync(UnreadOne());
        await Screenshot(seeker, "acc-2-alert-badge.png");
        await seeker.GetByRole(AriaRole.Link, new() { NameRegex = AlertsLink() }).ClickAsync();
        await Expect(seeker.Locator(".alert-list")).ToContainTextAsync("Tax Law AI Evaluator");
        await Expect(seeker.Locator(".alert-list")).ToContainTextAsync("from Tax law evaluation");
        await Screenshot(seeker, "acc-3-alerts.png");
        await Accessibility.AssertNoSeriousViolationsAsync(seeker);
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" }).ClickAsync();
        await Expect(seeker.Locator(".alert-badge")).ToHaveCountAsync(0);

        // The rest of the visitor's pages sit in a menu under their name in the top bar.
        await seeker.Locator("summary", new() { HasText = "Mira" }).ClickAsync();
        await Expect(seeker.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Screenshot(seeker, "acc-2b-account-menu.png");
        await Accessibility.AssertNoSeriousViolationsAsync(seeker);
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Saved searches" }).ClickAsync();
        await seeker.WaitForURLAsync(url => url.EndsWith("/saved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_coach_invites_a_client_and_shares_a_collection_the_client_then_sees()
    {
        await site.Services.GetRequiredService<AccountService>().RegisterAsync("rivera@coach.test", "Coach Rivera", SiteHost.Password, UserRole.Coach);
        var coach = await site.NewPageAsync();
        await site.SignInAsync(coach, "rivera@coach.test");
        await coach.GotoAsync(site.Url("/coach"));
        await coach.GetByLabel("Who is it for?").FillAsync("Jun — finance graduate");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Create invitation link" }).ClickAsync();
        var inviteUrl = await coach.GetByLabel("Invitation link").InputValueAsync();
        await Screenshot(coach, "acc-4-coach-invite.png");
        await Accessibility.AssertNoSeriousViolationsAsync(coach);

        var client = await site.NewPageAsync();
        await client.GotoAsync(inviteUrl);
        await Expect(client.GetByRole(AriaRole.Heading, new() { Name = "Coach Rivera invites you to work together on JobScout" })).ToBeVisibleAsync();
        await client.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await site.RegisterAsync(client, "jun@client.test", "Jun");
        await client.WaitForURLAsync(url => url.Contains("/invite/", StringComparison.Ordinal));
        await client.GetByLabel("My saved searches").UncheckAsync();
        await client.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();
        await Expect(client.GetByRole(AriaRole.Heading, new() { Name = "Coach Rivera" })).ToBeVisibleAsync();
        await Expect(client.GetByLabel("My saved searches")).Not.ToBeCheckedAsync();
        await Screenshot(client, "acc-5-client-consent.png");

        await coach.GotoAsync(site.Url("/collections"));
        await coach.GetByLabel("Name").FillAsync("Finance rating roles for Jun");
        await coach.GetByLabel("What it is for").FillAsync("Roles where a finance degree counts.");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Create collection" }).ClickAsync();
        await coach.GotoAsync(site.Url("/search?q=prompt+evaluator+finance"));
        await coach.Locator(".listing-card h2 a").First.ClickAsync();
        await coach.GetByText("Pin to a collection").ClickAsync();
        await coach.GetByLabel("Note for your clients").FillAsync("Matches your CFA coursework");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Pin", Exact = true }).ClickAsync();
        await Expect(coach.Locator(".collection-pins")).ToContainTextAsync("Matches your CFA coursework");
        await coach.GetByLabel("Name").FillAsync("Finance evaluators");
        await coach.GetByLabel("Search words, or a search's address").FillAsync("evaluator finance");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Add search" }).ClickAsync();
        await Expect(coach.Locator(".collection-searches")).ToContainTextAsync("Finance evaluators");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        await Expect(coach.GetByText("Jun · shared")).ToBeVisibleAsync();
        await Screenshot(coach, "acc-6-collection.png");
        await Accessibility.AssertNoSeriousViolationsAsync(coach);

        await client.GotoAsync(site.Url("/"));
        var fromCoach = client.Locator(".from-coach");
        await Expect(fromCoach).ToContainTextAsync("Finance rating roles for Jun");
        await Expect(fromCoach).ToContainTextAsync("Matches your CFA coursework");
        await Expect(fromCoach.GetByRole(AriaRole.Link, new() { Name = "Finance evaluators" })).ToBeVisibleAsync();
        await Screenshot(client, "acc-7-client-home.png");
        await Accessibility.AssertNoSeriousViolationsAsync(client);

        await coach.GotoAsync(site.Url("/coach"));
        await Expect(coach.Locator(".client-list")).ToContainTextAsync("Jun");
        await Screenshot(coach, "acc-9-coach-dashboard.png");
    }

    [Fact]
    public async Task A_seeker_moves_an_application_across_the_board_by_keyboard_without_javascript()
    {
        var seeker = await site.NewPageAsync(javaScript: false);
        await site.RegisterAsync(seeker, "tara@seeker.test", "Tara");
        await seeker.GotoAsync(site.Url("/search?q=data+annotator"));
        var title = await seeker.Locator(".listing-card h2 a").First.InnerTextAsync();
        await seeker.Locator(".listing-card h2 a").First.ClickAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Track this application" }).ClickAsync();
        await seeker.GotoAsync(site.Url("/tracker"));
        await Expect(Column(seeker, "saved")).ToContainTextAsync(title);

        var move = seeker.GetByLabel($"Move “{title}” to");
        await move.FocusAsync();
        await seeker.Keyboard.PressAsync("ArrowDown");
        await seeker.Keyboard.PressAsync("Tab");
        await seeker.Keyboard.PressAsync("Enter");
        await Expect(Column(seeker, "applied")).ToContainTextAsync(title);

        await seeker.GetByLabel($"Move “{title}” to").SelectOptionAsync("assessment");
        await seeker.Locator(".tracker-card").GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
        await seeker.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await seeker.GetByLabel("Next step").FillAsync("Finish the rubric quiz");
        await seeker.GetByLabel("Remind me on").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync();
        await Expect(seeker.Locator(".list-group-numbered")).ToContainTextAsync("Assessment");
        await seeker.GotoAsync(site.Url("/tracker"));
        var card = Column(seeker, "assessment");
        await Expect(card).ToContainTextAsync(title);
        await Expect(card).ToContainTextAsync("Finish the rubric quiz");
        await Expect(Column(seeker, "applied")).Not.ToContainTextAsync(title);
        await Screenshot(seeker, "acc-8-board.png");

        // axe-core runs as page script, so the board is checked again in a browser with JavaScript on.
        var checker = await site.NewPageAsync();
        await site.SignInAsync(checker, "tara@seeker.test");
        await checker.GotoAsync(site.Url("/tracker"));
        await Accessibility.AssertNoSeriousViolationsAsync(checker);
    }

    private static ILocator Column(IPage page, string status) => page.Locator($"section[aria-labelledby=col-{status}]");

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private Task Screenshot(IPage page, string name) => Screenshots.TakeAsync(page, name, output);

    [GeneratedRegex("1$")]
    private static partial Regex UnreadOne();

    [GeneratedRegex("^Alerts")]
    private static partial Regex AlertsLink();
}
