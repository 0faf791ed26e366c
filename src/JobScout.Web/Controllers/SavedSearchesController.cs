using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Coaching;
using JobScout.Infrastructure.Search;
using JobScout.Web.Accounts;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>A person's saved searches: save, rename, change alert frequency, replace the feed address, delete.</summary>
[Authorize]
[Route("saved")]
public sealed class SavedSearchesController(SavedSearchStore searches, AlertStore alerts, CollectionStore collections, AccessPolicy access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new SavedSearchListViewModel(await searches.ForOwnerAsync(User.RequiredUserId(), ct), FeedOrigin));

    /// <summary>Saves a search for oneself, or (a coach) into one of their collections.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Create(string? name, string? query, string? frequency, long? collectionId, CancellationToken ct)
    {
        var userId = User.RequiredUserId();
        if (collectionId is { } id && (await collections.GetAsync(id, ct) is not { } collection || !AccessPolicy.CanChange(userId, collection)))
        {
            return NotFound();
        }

        var parameters = SearchParameters.FromQueryString(AsQueryString(Truncate(query, 2000) ?? ""));
        var label = Truncate(name, 100) ?? (parameters.Query.Length > 0 ? Truncate(parameters.Query, 100)! : "All listings");
        await searches.CreateAsync(userId, collectionId, label, parameters.QueryString(), Frequency(frequency), ct);
        return collectionId is null ? RedirectToAction(nameof(Index)) : Redirect($"/collections/{collectionId}");
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken ct)
    {
        var userId = User.RequiredUserId();
        var search = await searches.GetAsync(id, ct);
        if (search is null || !await access.CanViewSavedSearchAsync(userId, search, ct))
        {
            return NotFound();
        }

        var recent = await alerts.ForSavedSearchAsync(id, userId, 50, ct);
        return View(new SavedSearchViewModel(search, AccessPolicy.CanChange(userId, search), recent, FeedOrigin));
    }

    [HttpPost("{id:long}/edit")]
    public Task<IActionResult> Update(long id, string? name, string? frequency, CancellationToken ct) =>
        ChangeAsync(id, search => searches.UpdateAsync(id, Truncate(name, 100) ?? search.Name, Frequency(frequency), ct), ct);

    [HttpPost("{id:long}/feed")]
    public Task<IActionResult> RotateFeed(long id, CancellationToken ct) => ChangeAsync(id, _ => searches.RotateFeedTokenAsync(id, ct), ct);

    [HttpPost("{id:long}/delete")]
    public Task<IActionResult> Delete(long id, CancellationToken ct) => ChangeAsync(id, _ => searches.DeleteAsync(id, ct), ct);

    private async Task<IActionResult> ChangeAsync(long id, Func<SavedSearch, Task> change, CancellationToken ct)
    {
        var search = await searches.GetAsync(id, ct);
        if (search is null || !AccessPolicy.CanChange(User.RequiredUserId(), search))
        {
            return NotFound();
        }

        await change(search);
        return search.CollectionId is { } collectionId ? Redirect($"/collections/{collectionId}") : RedirectToAction(nameof(Index));
    }

    /// <summary>Accepts a query string, a copied search address, or plain search words.</summary>
    private static string AsQueryString(string input)
    {
        var question = input.IndexOf('?', StringComparison.Ordinal);
        var tail = question >= 0 ? input[(question + 1)..] : input;
        return tail.Contains('=', StringComparison.Ordinal) || tail.Length == 0 ? tail : "q=" + Uri.EscapeDataString(tail);
    }

    private string FeedOrigin => $"{Request.Scheme}://{Request.Host}";

    private static string Frequency(string? value) => value is not null && AlertFrequency.All.Contains(value) ? value : AlertFrequency.Daily;

    private static string? Truncate(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var trimmed && trimmed.Length > max ? trimmed[..max] : text.Trim();
}
