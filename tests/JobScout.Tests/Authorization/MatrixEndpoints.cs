using System.Globalization;

namespace JobScout.Tests.Authorization;

/// <summary>One controller action as the matrix calls it, and who may use it.</summary>
public sealed record MatrixEndpoint(string Action, string Method, Func<World, string> Path, Actor[] Allowed, Func<World, (string, string)[]>? Form = null)
{
    /// <summary>The action signs its caller out, so it runs on a fresh account of the same role.</summary>
    public bool NeedsFreshSession { get; init; }

    public override string ToString() => $"{Method} {Action}";
}

/// <summary>Every controller action × who may use it. Objects belong to the owner (a seeker) unless the path says otherwise.</summary>
internal static class MatrixEndpoints
{
    private static readonly Actor[] All = Enum.GetValues<Actor>();
    private static readonly Actor[] SignedIn = [Actor.Owner, Actor.OtherSeeker, Actor.Coach, Actor.OtherCoach, Actor.Admin];
    private static readonly Actor[] Coaches = [Actor.Coach, Actor.OtherCoach, Actor.Admin];
    private static readonly Actor[] OwnerOnly = [Actor.Owner];
    private static readonly Actor[] OwnerAndCoach = [Actor.Owner, Actor.Coach];
    private static readonly Actor[] CoachOnly = [Actor.Coach];
    private static readonly Actor[] AdminOnly = [Actor.Admin];
    private static readonly Actor[] Nobody = [];

    public static IReadOnlyList<MatrixEndpoint> All_ { get; } =
    [
        Get("Home.Index", _ => "/", All),
        Get("Search.Index", _ => "/search?q=rater", All),
        Get("SearchFeed.Atom", _ => "/search.atom?q=rater", All),
        Get("SearchApi.Search", _ => "/api/search?q=rater", All),
        Get("Listings.Show", w => $"/listings/{w.ListingId}", All),
        Get("Resume.Index", _ => "/resume", All),
        Get("Check.Index", _ => "/check", All),
        Get("Platforms.Index", _ => "/platforms", All),
        Get("Platforms.Show", _ => "/platforms/outlier", All),
        Post("Check.Check", _ => "/check", All, _ => [("message", "Add me on Telegram to start")]),
        Get("Practice.Index", _ => "/practice", All),
        Post("Practice.Start", _ => "/practice/matrix-pack/start", All, _ => [("mode", "practice")]),
        Get("Practice.Item", w => $"/practice/attempts/{w.AttemptToken}/1", OwnerOnly),
        Post("Practice.Answer", w => $"/practice/attempts/{w.AttemptToken}/1", OwnerOnly, _ => [("choice", "A"), ("text", "A is accurate")]),
        Get("Practice.Feedback", w => $"/practice/attempts/{w.AttemptToken}/1/feedback", OwnerOnly),
        Post("Practice.Finish", w => $"/practice/attempts/{w.AttemptToken}/finish", OwnerOnly),
        Get("Practice.Results", w => $"/practice/attempts/{w.AttemptToken}", OwnerOnly),
        Post("PracticeFlags.Flag", w => $"/practice/flags", OwnerOnly, w => [("token", w.AttemptToken), ("itemId", "matrix-pack-01"), ("note", "gold looks wrong")]),
        Get("PracticeFlags.Index", _ => "/practice/flags", Coaches),
        Get("PracticeHistory.Index", _ => "/practice/history", SignedIn),
        Get("PracticeAuthoring.Edit", _ => "/practice/author?pack=matrix-pack", Coaches),
        Post("PracticeAuthoring.Save", _ => "/practice/author", Coaches, _ => [("json", "{ \"id\": \"x\" }")]),
        Post("PracticeAuthoring.Assign", w => $"/coach/clients/{w.OwnerId}/assignments", CoachOnly, _ => [("packId", "matrix-pack"), ("note", "n")]),
        Post("PracticeFlags.Resolve", w => $"/practice/flags/{w.FlagId}/resolve", Coaches, _ => [("resolution", "ok")]),
        Post("Resume.Check", _ => "/resume", All, _ => [("text", "Experience\nRated AI answers against a rubric.")]),
        Get("AdminSources.Index", _ => "/admin/sources", AdminOnly),
        Post("AdminSources.CrawlNow", _ => "/admin/sources/matrix-board/crawl", AdminOnly),
        Get("AdminTerms.Index", _ => "/admin/terms", AdminOnly),

        Get("Account.SignIn", _ => "/account/signin", All),
        Post("Account.SignIn", _ => "/account/signin", All, _ => [("email", "nobody@example.com"), ("password", "wrong password here")]),
        Post("Account.SignOutNow", _ => "/account/signout", All) with { NeedsFreshSession = true },
        Get("Account.Register", _ => "/account/register", All),
        Post("Account.Register", _ => "/account/register", All, _ => [("email", "x@example.com"), ("password", "one password"), ("confirm", "another one")]),
        Get("Account.Denied", _ => "/account/denied", Nobody),
        Get("Account.Settings", _ => "/account", SignedIn),
        Post("Account.SaveSettings", _ => "/account", SignedIn, _ => [("emailAlerts", "true")]),
        Get("PasswordReset.Forgot", _ => "/account/forgot", All),
        Post("PasswordReset.Forgot", _ => "/account/forgot", All, _ => [("email", "nobody@example.com")]),
        Get("PasswordReset.Reset", _ => "/account/reset?token=not-a-token", All),
        Post("PasswordReset.Reset", _ => "/account/reset", All, _ => [("token", "not-a-token"), ("password", "long enough password"), ("confirm", "long enough password")]),

        Get("SavedSearches.Index", _ => "/saved", SignedIn),
        Post("SavedSearches.Create", _ => "/saved", SignedIn, _ => [("name", "Mine"), ("query", "q=rater")]),
        Post("SavedSearches.Create", _ => "/saved", CoachOnly, w => [("name", "Into a collection"), ("query", "q=rater"), ("collectionId", Id(w.CollectionId))]),
        Get("SavedSearches.Show", w => $"/saved/{w.SavedSearchId}", OwnerAndCoach),
        Get("SavedSearches.Show", w => $"/saved/{w.CollectionSearchId}", OwnerAndCoach),
        Post("SavedSearches.Update", w => $"/saved/{w.SavedSearchId}/edit", OwnerOnly, _ => [("name", "Renamed")]),
        Post("SavedSearches.Update", w => $"/saved/{w.CollectionSearchId}/edit", CoachOnly, _ => [("name", "Renamed")]),
        Post("SavedSearches.RotateFeed", w => $"/saved/{w.SavedSearchId}/feed", OwnerOnly),
        Post("SavedSearches.Delete", w => $"/saved/{w.SavedSearchId}/delete", OwnerOnly),
        Post("SavedSearches.Delete", w => $"/saved/{w.CollectionSearchId}/delete", CoachOnly),
        Get("SavedSearchFeed.Atom", w => $"/feeds/saved/{w.FeedToken}", All),
        Get("SavedSearchFeed.Atom", _ => "/feeds/saved/a-guessed-token-that-does-not-exist", Nobody),
        Get("Alerts.Index", _ => "/alerts", SignedIn),
        Post("Alerts.MarkAllRead", _ => "/alerts/read", SignedIn),

        Get("Tracker.Board", _ => "/tracker", SignedIn),
        Get("Tracker.ClientBoard", w => $"/coach/clients/{w.OwnerId}/tracker", CoachOnly),
        Post("Tracker.Add", _ => "/tracker", SignedIn, w => [("listingId", Id(w.ListingId))]),
        Get("Tracker.Show", w => $"/tracker/{w.ApplicationId}", OwnerAndCoach),
        Post("Tracker.Move", w => $"/tracker/{w.ApplicationId}/move", OwnerOnly, _ => [("status", "applied")]),
        Post("Tracker.Notes", w => $"/tracker/{w.ApplicationId}/notes", OwnerOnly, _ => [("notes", "n")]),
        Post("Tracker.Delete", w => $"/tracker/{w.ApplicationId}/delete", OwnerOnly),
        Get("Tracker.Export", _ => "/tracker/export.csv", SignedIn),

        Get("Coach.Dashboard", _ => "/coach", Coaches),
        Post("Coach.Invite", _ => "/coach/invites", Coaches, _ => [("invitee", "someone")]),
        Get("Coach.Client", w => $"/coach/clients/{w.OwnerId}", CoachOnly),
        Post("Coach.End", w => $"/coach/links/{w.LinkId}/end", CoachOnly),
        Get("Invitations.Show", w => $"/invite/{w.InviteToken}", All),
        Post("Invitations.Accept", w => $"/invite/{w.InviteToken}", SignedIn),
        Get("MyCoaches.Index", _ => "/account/coaches", SignedIn),
        Post("MyCoaches.UpdateConsent", w => $"/account/coaches/{w.LinkId}", OwnerOnly, _ => [("tracker", "true")]),
        Post("MyCoaches.End", w => $"/account/coaches/{w.LinkId}/end", OwnerOnly),

        Get("Collections.Index", _ => "/collections", SignedIn),
        Post("Collections.Create", _ => "/collections", Coaches, _ => [("name", "New")]),
        Get("Collections.Show", w => $"/collections/{w.CollectionId}", OwnerAndCoach),
        Post("Collections.Pin", w => $"/collections/{w.CollectionId}/pins", CoachOnly, w => [("listingId", Id(w.ListingId)), ("note", "look")]),
        Post("Collections.PinFromListing", _ => "/collections/pin", CoachOnly, w => [("collectionId", Id(w.CollectionId)), ("listingId", Id(w.ListingId))]),
        Post("Collections.Unpin", w => $"/collections/{w.CollectionId}/pins/{w.ListingId}/delete", CoachOnly),
        Post("Collections.Share", w => $"/collections/{w.CollectionId}/shares", CoachOnly, w => [("clientId", Id(w.OwnerId)), ("shared", "false")]),
        Post("Collections.Delete", w => $"/collections/{w.CollectionId}/delete", CoachOnly),
    ];

    /// <summary>Rendered error pages answer with the status they describe, for everyone; they hold nothing to protect.</summary>
    public static IReadOnlySet<string> Unprotected { get; } = new HashSet<string> { "GET Error.Index" };

    private static MatrixEndpoint Get(string action, Func<World, string> path, Actor[] allowed) => new(action, "GET", path, allowed);

    private static MatrixEndpoint Post(string action, Func<World, string> path, Actor[] allowed, Func<World, (string, string)[]>? form = null) =>
        new(action, "POST", path, allowed, form);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
