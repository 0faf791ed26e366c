using JobScout.Infrastructure.Storage;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

public sealed class ListingsController(ListingStore store) : Controller
{
    [HttpGet("/listings/{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken ct)
    {
        var stored = await store.GetAsync(id, ct);
        if (stored is null)
        {
            return NotFound();
        }

        if (stored.DuplicateOf is { } canonical)
        {
            return RedirectToActionPermanent(nameof(Show), new { id = canonical });
        }

        var also = await store.AlsoListedAsync(id, ct);
        return View(new ListingViewModel(stored.Id, stored.Listing, stored.IsExample, stored.IsOpen, stored.FirstSeenAt, also)
        {
            Changes = await store.ChangesAsync(id, ct),
        });
    }
}
