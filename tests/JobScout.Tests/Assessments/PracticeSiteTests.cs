using System.Globalization;
using System.Net;
using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Coaching;
using JobScout.Tests.Accounts;
using JobScout.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Assessments;

/// <summary>Practice through the site: answers scored against the attempt's pack version, history, and a coach's view within consent.</summary>
public sealed class PracticeSiteTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task An_answer_is_scored_kept_with_its_pack_version_and_shown_to_a_coach_only_with_consent()
    {
        using var factory = AccountsSite.Create(_dir.Path);
        using var coach = await SiteSession.SignedInAsync(factory, "coach@example.com", UserRole.Coach);
        using var seeker = await SiteSession.SignedInAsync(factory, "seeker@example.com");
        var pack = factory.Services.GetRequiredService<PackLibrary>().Find("law")!;
        var number = pack.Items.ToList().FindIndex(i => i.Type == PackVocabulary.Pairwise) + 1;
        var item = pack.Items[number - 1];

        using var started = await seeker.PostFormAsync("/practice/law/start", ("mode", "practice"));
        var token = started.Headers.Location!.OriginalString.Split('/')[3];
        using var answered = await seeker.PostFormAsync($"/practice/attempts/{token}/{number}", ("choice", item.Gold!), ("text", item.KeyPoints[0].Phrasings[0]));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var feedback = await seeker.GetStringAsync($"/practice/attempts/{token}/{number}/feedback");
        Assert.Contains("Close to the expert", feedback, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(item.Explanation)[..40], feedback, StringComparison.Ordinal);
        using var finished = await seeker.PostFormAsync($"/practice/attempts/{token}/finish");

        var attempt = (await factory.Services.GetRequiredService<PracticeStore>().FindAsync(token))!;
        Assert.Equal(pack.Version, attempt.PackVersion);
        Assert.NotNull(attempt.FinishedAt);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/practice/attempts/{token}")).StatusCode); // not the coach's attempt
        Assert.Contains("history-chart", await seeker.GetStringAsync("/practice/history"), StringComparison.Ordinal);

        var links = factory.Services.GetRequiredService<CoachLinkStore>();
        var (_, invite) = await links.CreateInviteAsync(coach.UserId, "seeker", TimeSpan.FromDays(1));
        await links.AcceptAsync(invite, seeker.UserId, new Consent(false, false, Assessments: false));
        Assert.Contains("Not shared with you", await coach.GetStringAsync($"/coach/clients/{seeker.UserId}"), StringComparison.Ordinal);
        var link = (await links.ActiveAsync(coach.UserId, seeker.UserId))!;
        await links.UpdateConsentAsync(link.Id, seeker.UserId, new Consent(false, false, Assessments: true));
        var clientPage = await coach.GetStringAsync($"/coach/clients/{seeker.UserId}");
        Assert.Contains("Legal answers", clientPage, StringComparison.Ordinal);
        Assert.Contains(attempt.Mode, clientPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flag_on_an_item_reaches_coaches_who_can_resolve_it()
    {
        using var factory = AccountsSite.Create(_dir.Path);
        using var admin = await SiteSession.SignedInAsync(factory, "admin@example.com", UserRole.Admin);
        using var visitor = SiteSession.Anonymous(factory);
        using var started = await visitor.PostFormAsync("/practice/finance/start", ("mode", "practice"));
        var token = started.Headers.Location!.OriginalString.Split('/')[3];

        using var flagged = await visitor.PostFormAsync("/practice/flags", ("token", token), ("itemId", "finance-01"), ("note", "The gold rating for accuracy seems too low."));
        Assert.Contains("the item is flagged", await flagged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = await admin.GetStringAsync("/practice/flags");
        Assert.Contains("The gold rating for accuracy seems too low.", list, StringComparison.Ordinal);
        var id = (await factory.Services.GetRequiredService<PracticeFlagStore>().RecentAsync(1))[0].Id;
        using var resolved = await admin.PostFormAsync($"/practice/flags/{id.ToString(CultureInfo.InvariantCulture)}/resolve", ("resolution", "Gold kept: the figure is wrong."));
        Assert.Contains("Resolved", await admin.GetStringAsync("/practice/flags"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coach_writes_a_pack_and_a_corrected_gold_answer_never_rewrites_a_past_result()
    {
        using var factory = AccountsSite.Create(_dir.Path);
        using var coach = await SiteSession.SignedInAsync(factory, "author@example.com", UserRole.Coach);
        using var seeker = await SiteSession.SignedInAsync(factory, "learner@example.com");

        using var saved = await coach.PostFormAsync("/practice/author", ("json", Pack(version: 1, gold: "A")));
        Assert.Contains("Saved “Coach pack”, version 1", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Coach pack", await seeker.GetStringAsync("/practice"), StringComparison.Ordinal);
        using var started = await seeker.PostFormAsync("/practice/coach-pack/start", ("mode", "practice"));
        var token = started.Headers.Location!.OriginalString.Split('/')[3];
        using var answered = await seeker.PostFormAsync($"/practice/attempts/{token}/1", ("choice", "A"), ("text", "A is accurate"));

        using var sameVersion = await coach.PostFormAsync("/practice/author", ("json", Pack(version: 1, gold: "B")));
        Assert.Equal(HttpStatusCode.BadRequest, sameVersion.StatusCode);
        Assert.Contains("give the new one version 2", WebUtility.HtmlDecode(await sameVersion.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var broken = await coach.PostFormAsync("/practice/author", ("json", Pack(version: 2, gold: "C")));
        Assert.Contains("item coach-pack-01: gold must be A, B or tie", WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var corrected = await coach.PostFormAsync("/practice/author", ("json", Pack(version: 2, gold: "B")));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        var old = WebUtility.HtmlDecode(await seeker.GetStringAsync($"/practice/attempts/{token}"));
        Assert.Contains("pack version 1", old, StringComparison.Ordinal);
        Assert.Contains("You chose A; the expert chose A.", old.Replace("<strong>", "", StringComparison.Ordinal).Replace("</strong>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("100%", old, StringComparison.Ordinal);
        using var fresh = await seeker.PostFormAsync("/practice/coach-pack/start", ("mode", "practice"));
        var freshToken = fresh.Headers.Location!.OriginalString.Split('/')[3];
        Assert.Equal(2, (await factory.Services.GetRequiredService<PracticeStore>().FindAsync(freshToken))!.PackVersion);
    }

    [Fact]
    public async Task A_coach_assigns_a_pack_that_the_client_sees_on_the_practice_page()
    {
        using var factory = AccountsSite.Create(_dir.Path);
        using var coach = await SiteSession.SignedInAsync(factory, "c@example.com", UserRole.Coach);
        using var client = await SiteSession.SignedInAsync(factory, "cl@example.com");
        var links = factory.Services.GetRequiredService<CoachLinkStore>();
        var (_, invite) = await links.CreateInviteAsync(coach.UserId, "cl", TimeSpan.FromDays(1));
        await links.AcceptAsync(invite, client.UserId, Consent.None);

        using var assigned = await coach.PostFormAsync($"/coach/clients/{client.UserId}/assignments", ("packId", "search-evaluation"), ("note", "Before your rater test"));

        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var page = await client.GetStringAsync("/practice");
        Assert.Contains("Assigned by your coach", page, StringComparison.Ordinal);
        Assert.Contains("Before your rater test", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exam_answer_after_the_time_limit_is_not_accepted_and_the_exam_ends()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        using var exam = await ExamSession.StartAsync(_dir.Path, clock);
        var (factory, visitor, token) = (exam.Factory, exam.Visitor, exam.Token);
        Assert.Contains("about 25 min", await visitor.GetStringAsync($"/practice/attempts/{token}/1"), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(26));
        using var late = await visitor.PostFormAsync($"/practice/attempts/{token}/1", ("choice", "A"));

        Assert.EndsWith($"/practice/attempts/{token}", late.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var store = factory.Services.GetRequiredService<PracticeStore>();
        var attempt = (await store.FindAsync(token))!;
        Assert.Empty(await store.AnswersAsync(attempt.Id));
        var results = await visitor.GetStringAsync($"/practice/attempts/{token}");
        Assert.Contains("Not passed (pass mark 70%)", results, StringComparison.Ordinal);
        Assert.NotNull((await store.FindAsync(token))!.FinishedAt);
    }

    [Fact]
    public async Task An_exam_shows_no_gold_before_it_ends_and_takes_one_answer_per_item()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        using var exam = await ExamSession.StartAsync(_dir.Path, clock);
        var (factory, visitor, token) = (exam.Factory, exam.Visitor, exam.Token);
        using var junk = await visitor.PostFormAsync($"/practice/attempts/{token}/3", ("choice", "A"), ("text", "no idea"));
        clock.Advance(TimeSpan.FromMinutes(2));

        var midway = await visitor.GetStringAsync($"/practice/attempts/{token}");
        using var again = await visitor.PostFormAsync($"/practice/attempts/{token}/3", ("choice", "B"), ("text", "B is better"));
        var store = factory.Services.GetRequiredService<PracticeStore>();
        var attempt = (await store.FindAsync(token))!;

        Assert.Contains("exam in progress", midway, StringComparison.Ordinal);
        Assert.DoesNotContain("expert", midway, StringComparison.OrdinalIgnoreCase); // no gold answer, reasoning or score shown
        Assert.DoesNotContain("item-review", midway, StringComparison.Ordinal);
        Assert.EndsWith($"/practice/attempts/{token}?answered=3", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("A", Assert.Single(await store.AnswersAsync(attempt.Id)).Answer.Choice);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync($"/practice/attempts/{token}/3")).StatusCode); // its form is not shown again

        using var finished = await visitor.PostFormAsync($"/practice/attempts/{token}/finish");
        var results = await visitor.GetStringAsync($"/practice/attempts/{token}");
        Assert.Contains("The expert", results, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Time on this item: 0 min 0 s", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ranking_with_two_responses_at_the_same_rank_is_refused_with_a_message()
    {
        using var site = AccountsSite.Create(_dir.Path);
        using var visitor = SiteSession.Anonymous(site);
        using var started = await visitor.PostFormAsync("/practice/education/start", ("mode", "practice"));
        var token = started.Headers.Location!.OriginalString.Split('/')[3];

        using var tied = await visitor.PostFormAsync($"/practice/attempts/{token}/5", ("rank-a", "1"), ("rank-b", "1"), ("rank-c", "2"), ("rank-d", "3"), ("text", "A and B tie"));
        var page = await tied.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tied.StatusCode);
        Assert.Contains("Each response needs its own rank: A and B both have rank 1.", page, StringComparison.Ordinal);
        var attempt = (await site.Services.GetRequiredService<PracticeStore>().FindAsync(token))!;
        Assert.Empty(await site.Services.GetRequiredService<PracticeStore>().AnswersAsync(attempt.Id));
    }

    /// <summary>An anonymous visitor's education exam on a site running on the given clock.</summary>
    private sealed class ExamSession : IDisposable
    {
        private readonly IDisposable _site;

        private ExamSession(IDisposable site, WebApplicationFactory<Program> factory, SiteSession visitor, string token) =>
            (_site, Factory, Visitor, Token) = (site, factory, visitor, token);

        public WebApplicationFactory<Program> Factory { get; }

        public SiteSession Visitor { get; }

        public string Token { get; }

        public static async Task<ExamSession> StartAsync(string dataDirectory, TimeProvider clock)
        {
            var site = AccountsSite.Create(dataDirectory);
            var factory = site.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton(clock)));
            var visitor = SiteSession.Anonymous(factory);
            using var started = await visitor.PostFormAsync("/practice/education/start", ("mode", "exam"));
            return new ExamSession(site, factory, visitor, started.Headers.Location!.OriginalString.Split('/')[3]);
        }

        public void Dispose()
        {
            Visitor.Dispose();
            Factory.Dispose();
            _site.Dispose();
        }
    }

    private static string Pack(int version, string gold) => $$"""
        { "id": "coach-pack", "title": "Coach pack", "version": {{version}}, "description": "d", "domain": "general", "passMark": 70, "timeLimitMinutes": 10,
          "items": [ { "id": "coach-pack-01", "type": "pairwise", "prompt": "Which is right?", "instructions": "Choose.", "trick": "none", "explanation": "Because.",
                       "responseA": "One", "responseB": "Two", "gold": "{{gold}}", "keyPoints": [ { "point": "accuracy", "phrasings": ["is accurate"] } ] } ] }
        """;

    public void Dispose() => _dir.Dispose();
}
