using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Coaching;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Accounts;

/// <summary>A coach invites a client, the client chooses what to share, the coach shares a collection, and consent can be withdrawn.</summary>
public sealed partial class CoachingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task A_client_sees_what_the_coach_shares_and_the_coach_sees_only_what_the_client_allows()
    {
        using var factory = AccountsSite.Create(_dir.Path);
        var ids = await AccountsSite.AddListingsAsync(factory, "Legal Expert Reviewer");
        using var coach = await SiteSession.SignedInAsync(factory, "coach@example.com", UserRole.Coach);
        using var client = await SiteSession.SignedInAsync(factory, "client@example.com");

        var token = await InviteAsync(coach);
        using var accepted = await client.PostFormAsync($"/invite/{token}", ("tracker", "true")); // the tracker only
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        using var savedByClient = await client.PostFormAsync("/saved", ("name", "Private hunt"), ("query", "q=rater"));

        var dashboard = await coach.GetStringAsync("/coach");
        Assert.Contains($"/coach/clients/{client.UserId}\">client</a>", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/coach/clients/{client.UserId}/tracker")).StatusCode);
        var clientPage = await coach.GetStringAsync($"/coach/clients/{client.UserId}");
        Assert.DoesNotContain("Private hunt", clientPage, StringComparison.Ordinal);
        var privateSearch = Assert.Single(await factory.Services.GetRequiredService<SavedSearchStore>().ForOwnerAsync(client.UserId));
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/saved/{privateSearch.Id}")).StatusCode);

        var collectionId = await CreateCollectionAsync(coach, "Legal review roles");
        using var pinned = await coach.PostFormAsync($"/collections/{collectionId}/pins", ("listingId", Id(ids[0])), ("note", "Your law degree fits this"));
        using var search = await coach.PostFormAsync("/saved", ("collectionId", Id(collectionId)), ("name", "Legal raters"), ("query", "legal reviewer"));
        using var shared = await coach.PostFormAsync($"/collections/{collectionId}/shares", ("clientId", Id(client.UserId)), ("shared", "true"));
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);

        var home = await client.GetStringAsync("/");
        Assert.Contains("From your coach", home, StringComparison.Ordinal);
        Assert.Contains("Legal review roles", home, StringComparison.Ordinal);
        Assert.Contains("Your law degree fits this", home, StringComparison.Ordinal);
        Assert.Contains("Legal raters", home, StringComparison.Ordinal);

        var link = Assert.Single(await factory.Services.GetRequiredService<CoachLinkStore>().ForClientAsync(client.UserId));
        using var withdrawn = await client.PostFormAsync($"/account/coaches/{link.Id}/end");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/coach/clients/{client.UserId}/tracker")).StatusCode);
        Assert.DoesNotContain("From your coach", await client.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/collections/{collectionId}")).StatusCode);
    }

    [Fact]
    public async Task An_invitation_works_once_and_not_for_the_coach_who_made_it()
    {
        using var factory = AccountsSite.Create(_dir.Path);
        using var coach = await SiteSession.SignedInAsync(factory, "coach2@example.com", UserRole.Coach);
        using var first = await SiteSession.SignedInAsync(factory, "first@example.com");
        using var second = await SiteSession.SignedInAsync(factory, "second@example.com");
        var token = await InviteAsync(coach);

        using var own = await coach.PostFormAsync($"/invite/{token}");
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        using var ok = await first.PostFormAsync($"/invite/{token}", ("savedSearches", "true"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        using var again = await second.PostFormAsync($"/invite/{token}");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("accepted already", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync("/invite/not-a-real-invitation-token-at-all")).StatusCode);
    }

    [Fact]
    public async Task A_collection_search_alerts_the_clients_it_is_shared_with()
    {
        using var factory = AccountsSite.Create(_dir.Path);
        using var coach = await SiteSession.SignedInAsync(factory, "coach3@example.com", UserRole.Coach);
        using var client = await SiteSession.SignedInAsync(factory, "client3@example.com");
        var token = await InviteAsync(coach);
        using var accepted = await client.PostFormAsync($"/invite/{token}");
        var collectionId = await CreateCollectionAsync(coach, "Finance");
        using var search = await coach.PostFormAsync("/saved", ("collectionId", Id(collectionId)), ("name", "Finance raters"), ("query", "q=finance"), ("frequency", AlertFrequency.AfterCrawl));
        using var shared = await coach.PostFormAsync($"/collections/{collectionId}/shares", ("clientId", Id(client.UserId)), ("shared", "true"));
        await Task.Delay(50); // listings first seen after the search was saved

        await AccountsSite.AddListingsAsync(factory, "Finance Expert Rater");
        var summary = await factory.Services.GetRequiredService<AlertChecker>().RunAsync(afterCrawl: true);

        Assert.Equal(2, summary.AlertsCreated); // the coach and the client
        Assert.Contains("Finance Expert Rater", await client.GetStringAsync("/alerts"), StringComparison.Ordinal);
    }

    private static async Task<string> InviteAsync(SiteSession coach)
    {
        using var response = await coach.PostFormAsync("/coach/invites", ("invitee", "A client"));
        var page = await response.Content.ReadAsStringAsync();
        return InviteLink().Match(page) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No invitation link shown.");
    }

    private static async Task<long> CreateCollectionAsync(SiteSession coach, string name)
    {
        using var response = await coach.PostFormAsync("/collections", ("name", name), ("description", "Picked for you"));
        return long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _dir.Dispose();

    [GeneratedRegex("/invite/([A-Za-z0-9_-]{20,})")]
    private static partial Regex InviteLink();
}
