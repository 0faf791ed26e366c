using System.Globalization;
using JobScout.Core.Classification;
using JobScout.Core.Scams;
using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Storage;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>/platforms: what the registry knows of each platform, and what its crawled listings show.</summary>
[Route("platforms")]
public sealed class PlatformsController(PlatformListings listings, PackLibrary packs, TimeProvider clock) : Controller
{
    private const int Weeks = 12;

    [HttpGet("")]
    public IActionResult Index() => View(PlatformRegistry.Default);

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken ct)
    {
        if (PlatformRegistry.Default.Find(id) is not { } platform)
        {
            return NotFound();
        }

        var all = await listings.ForAsync(platform, ct);
        var open = all.Where(l => l.IsOpen).ToList();
        var now = clock.GetUtcNow();
        var weeks = Enumerable.Range(0, Weeks).Reverse().Select(back =>
        {
            var end = now.AddDays(-7 * back);
            var start = end.AddDays(-7);
            var count = all.Count(l => l.FirstSeenAt <= end && (l.IsOpen || l.LastSeenAt >= start));
            return (end.ToString("d MMM", CultureInfo.InvariantCulture), (double)count);
        }).ToList();
        var pay = open.Where(l => l.Listing.Pay?.HourlyMax is not null)
            .SelectMany(l => (l.Listing.Domains.Count == 0 ? ["general"] : l.Listing.Domains).Select(d => (Domain: d, Hourly: l.Listing.Pay!.HourlyMax!.Value)))
            .GroupBy(p => p.Domain)
            .Select(g => Summarize(g.Key, g.Select(p => p.Hourly).Order().ToList()))
            .OrderByDescending(d => d.Listings)
            .ToList();
        var roles = open.SelectMany(l => l.Listing.RoleTypes).GroupBy(r => r).OrderByDescending(g => g.Count())
            .Select(g => (Taxonomy.Default.LabelOf(g.Key), (double)g.Count())).ToList();
        var changes = await listings.ChangesAsync(all.Select(l => l.Id).ToList(), 20, ct);
        return View(new PlatformPageViewModel(platform, PlatformRegistry.Default.Checked, open, weeks, pay, roles, changes)
        {
            Packs = platform.PracticePacks.Select(id => packs.Find(id)).OfType<PracticePack>().ToList(),
            CrawlSources = all.GroupBy(l => l.Listing.Source).Select(g => (g.Key, g.Count())).OrderByDescending(s => s.Item2).ToList(),
        });
    }

    private static DomainPay Summarize(string domain, List<decimal> sorted)
    {
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new DomainPay(domain == "general" ? "General" : Taxonomy.Default.LabelOf(domain), sorted.Count, median, sorted[0], sorted[^1]);
    }
}
