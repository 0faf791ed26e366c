using JobScout.Infrastructure.Storage;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

public sealed class HomeController(ListingStore store) : Controller
{
    private const int NewestCount = 8;

    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var newest = await store.NewestAsync(NewestCount, ct);
        var stats = await store.StatsAsync(ct);
        var summaries = newest.Select(ListingSummary.From).ToList();
        return View(new HomeViewModel(summaries, stats.OpenListings, summaries.Any(s => s.IsExample)));
    }
}
