using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Coaching;
using JobScout.Infrastructure.Storage;
using JobScout.Web.Accounts;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>Collections: a coach curates saved searches and pinned listings and shares them with clients, who see them read-only.</summary>
[Authorize]
[Route("collections")]
public sealed class CollectionsController(
    CollectionStore collections,
    SavedSearchStore searches,
    CoachLinkStore links,
    UserStore users,
    ListingStore listings,
    AccessPolicy access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var userId = User.RequiredUserId();
        var own = User.IsCoach() ? await collections.ForCoachAsync(userId, ct) : [];
        return View(new CollectionListViewModel(own, await collections.SharedWithAsync(userId, ct), User.IsCoach()));
    }

    [Authorize(Policy = Policies.Coach)]
    [HttpPost("")]
    public async Task<IActionResult> Create(string? name, string? description, CancellationToken ct)
    {
        var id = await collections.CreateAsync(User.RequiredUserId(), Limit(name, 100) is { Length: > 0 } n ? n : "Untitled collection", Limit(description, 1000), ct);
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken ct)
    {
        var userId = User.RequiredUserId();
        var collection = await collections.GetAsync(id, ct);
        if (collection is null || !await access.CanViewCollectionAsync(userId, collection, ct))
        {
            return NotFound();
        }

        var canChange = AccessPolicy.CanChange(userId, collection);
        var clients = new List<(UserAccount, bool)>();
        if (canChange)
        {
            var shared = (await collections.SharedClientIdsAsync(id, ct)).ToHashSet();
            var active = (await links.ForCoachAsync(userId, ct)).Where(l => l.IsActive).Select(l => l.ClientId!.Value).ToList();
            var accounts = await users.FindManyAsync(active, ct);
            clients.AddRange(accounts.Values.Select(a => (a, shared.Contains(a.Id))));
        }

        return View(new CollectionViewModel(collection, canChange, await searches.ForCollectionAsync(id, ct), await collections.PinsAsync(id, ct), clients));
    }

    [HttpPost("{id:long}/pins")]
    public Task<IActionResult> Pin(long id, long listingId, string? note, CancellationToken ct) => ChangeAsync(id, async () =>
    {
        if (await listings.GetAsync(listingId, ct) is null)
        {
            return false;
        }

        await collections.PinAsync(id, listingId, Limit(note, 1000), ct);
        return true;
    }, ct);

    /// <summary>The listing page's "pin to a collection" form, which names the collection in the form.</summary>
    [HttpPost("pin")]
    public Task<IActionResult> PinFromListing(long collectionId, long listingId, string? note, CancellationToken ct) => Pin(collectionId, listingId, note, ct);

    [HttpPost("{id:long}/pins/{listingId:long}/delete")]
    public Task<IActionResult> Unpin(long id, long listingId, CancellationToken ct) =>
        ChangeAsync(id, async () => { await collections.UnpinAsync(id, listingId, ct); return true; }, ct);

    /// <summary>Shares with (or stops sharing with) one of the coach's current clients.</summary>
    [HttpPost("{id:long}/shares")]
    public Task<IActionResult> Share(long id, long clientId, bool shared, CancellationToken ct) => ChangeAsync(id, async () =>
    {
        if (await links.ActiveAsync(User.RequiredUserId(), clientId, ct) is null)
        {
            return false;
        }

        await collections.ShareAsync(id, clientId, shared, ct);
        return true;
    }, ct);

    [HttpPost("{id:long}/delete")]
    public async Task<IActionResult> Delete(long id, CancellationToken ct)
    {
        var collection = await collections.GetAsync(id, ct);
        if (collection is null || !AccessPolicy.CanChange(User.RequiredUserId(), collection))
        {
            return NotFound();
        }

        await collections.DeleteAsync(id, ct);
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ChangeAsync(long id, Func<Task<bool>> change, CancellationToken ct)
    {
        var collection = await collections.GetAsync(id, ct);
        if (collection is null || !AccessPolicy.CanChange(User.RequiredUserId(), collection) || !await change())
        {
            return NotFound();
        }

        return RedirectToAction(nameof(Show), new { id });
    }

    private static string Limit(string? text, int max) => (text ?? "").Trim() is var trimmed && trimmed.Length > max ? trimmed[..max] : trimmed;
}
