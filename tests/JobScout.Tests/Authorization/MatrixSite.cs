using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Coaching;
using JobScout.Infrastructure.Tracking;
using JobScout.Tests.Accounts;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Authorization;

/// <summary>The people of the authorization matrix.</summary>
public enum Actor
{
    Anonymous,
    Owner,
    OtherSeeker,
    Coach,
    OtherCoach,
    Admin,
}

/// <summary>The objects one matrix case acts on, made fresh for it so no case depends on another.</summary>
public sealed record World(long OwnerId, long CoachId, long ListingId, long SavedSearchId, string FeedToken, long ApplicationId,
    long CollectionId, long CollectionSearchId, string InviteToken, long LinkId, string AttemptToken, long FlagId);

/// <summary>One site for the whole matrix: the owner (a seeker), their coach (full consent, a shared collection), and unrelated people.</summary>
public sealed class MatrixSite : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private readonly Dictionary<Actor, SiteSession> _sessions = [];

    public JobScoutWebFactory Factory { get; private set; } = null!;

    public long ListingId { get; private set; }

    public SiteSession Session(Actor actor) => _sessions[actor];

    public async Task InitializeAsync()
    {
        // A one-item pack in the data directory's imported packs, for the practice endpoints.
        Directory.CreateDirectory(Path.Combine(_dir.Path, "assessments"));
        await File.WriteAllTextAsync(Path.Combine(_dir.Path, "assessments", "matrix-pack.json"), """
            { "id": "matrix-pack", "title": "Matrix", "version": 1, "description": "d", "domain": "general", "passMark": 70, "timeLimitMinutes": 10,
              "items": [ { "id": "matrix-pack-01", "type": "pairwise", "prompt": "q", "instructions": "i", "trick": "none", "explanation": "e",
                           "responseA": "a", "responseB": "b", "gold": "A", "keyPoints": [ { "point": "accuracy", "phrasings": ["accurate"] } ] } ] }
            """);

        Factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?>
        {
            ["JobScout:Crawler:Enabled"] = "false",
            ["JobScout:SeedExamples"] = "false",
            ["JobScout:Sources:0:Id"] = "matrix-board",
            ["JobScout:Sources:0:Kind"] = "greenhouse",
            ["JobScout:Sources:0:Board"] = "matrix",
            ["JobScout:Sources:0:BaseUrl"] = "http://127.0.0.1:9", // nothing listens: a crawl fails on loopback, never leaves the machine
        });
        ListingId = (await AccountsSite.AddListingsAsync(Factory, "Matrix Rater"))[0];
        _sessions[Actor.Anonymous] = SiteSession.Anonymous(Factory);
        _sessions[Actor.Owner] = await SiteSession.SignedInAsync(Factory, "owner@example.com");
        _sessions[Actor.OtherSeeker] = await SiteSession.SignedInAsync(Factory, "other@example.com");
        _sessions[Actor.Coach] = await SiteSession.SignedInAsync(Factory, "coach@example.com", UserRole.Coach);
        _sessions[Actor.OtherCoach] = await SiteSession.SignedInAsync(Factory, "othercoach@example.com", UserRole.Coach);
        _sessions[Actor.Admin] = await SiteSession.SignedInAsync(Factory, "admin@example.com", UserRole.Admin);
    }

    /// <summary>Fresh objects for one case; the coach–owner link is re-made if an earlier case ended it.</summary>
    public async Task<World> NewWorldAsync()
    {
        var services = Factory.Services;
        var owner = Session(Actor.Owner).UserId;
        var coach = Session(Actor.Coach).UserId;
        var links = services.GetRequiredService<CoachLinkStore>();
        if (await links.ActiveAsync(coach, owner) is null)
        {
            var (_, token) = await links.CreateInviteAsync(coach, "owner", TimeSpan.FromDays(1));
            await links.AcceptAsync(token, owner, new Consent(true, true, true));
        }

        var link = (await links.ActiveAsync(coach, owner))!;
        await links.UpdateConsentAsync(link.Id, owner, new Consent(true, true, true)); // an earlier case may have narrowed it
        var searches = services.GetRequiredService<SavedSearchStore>();
        var searchId = await searches.CreateAsync(owner, null, "Owner's search", "q=rater", AlertFrequency.Daily);
        var applicationId = await services.GetRequiredService<ApplicationStore>().AddAsync(owner, ListingId);
        var collections = services.GetRequiredService<CollectionStore>();
        var collectionId = await collections.CreateAsync(coach, "Coach's collection", "");
        await collections.ShareAsync(collectionId, owner, shared: true);
        var collectionSearchId = await searches.CreateAsync(coach, collectionId, "Collection search", "q=rater", AlertFrequency.Daily);
        var (_, invite) = await links.CreateInviteAsync(coach, "someone", TimeSpan.FromDays(1));
        var pack = services.GetRequiredService<PackLibrary>().Find("matrix-pack")!;
        var attempt = await services.GetRequiredService<PracticeStore>().StartAsync(pack, PracticeMode.Practice, owner);
        var answer = new ItemAnswer { Choice = "A", Text = "accurate" };
        await services.GetRequiredService<PracticeStore>().SaveAnswerAsync(attempt.Id, answer, ItemScorer.Score(pack.Items[0], answer));
        var flags = services.GetRequiredService<PracticeFlagStore>();
        await flags.AddAsync(pack.Id, pack.Version, pack.Items[0].Id, owner, "a note");
        return new World(owner, coach, ListingId, searchId, (await searches.GetAsync(searchId))!.FeedToken, applicationId,
            collectionId, collectionSearchId, invite, link.Id, attempt.Token, (await flags.RecentAsync(1))[0].Id);
    }

    public Task DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }

        Factory.Dispose();
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
