using JobScout.Infrastructure.Storage;
using JobScout.Web.Hosting;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace JobScout.Web.Controllers;

public sealed class ListingsController(ListingStore store) : Controller
{
    [HttpGet("/listings/{id:long}")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPages)]
    public async Task<IActionResult> Show(long id, CancellationToken ct)
    {
        if (await store.GetPageAsync(id, ct) is not var (stored, also, changes))
        {
            return NotFound();
        }

        if (stored.DuplicateOf is { } canonical)
        {
            return RedirectToActionPermanent(nameof(Show), new { id = canonical });
        }

        return View(new ListingViewModel(stored.Id, stored.Listing, stored.IsExample, stored.IsOpen, stored.FirstSeenAt, also) { Changes = changes });
    }
}
