using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Storage;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobScout.Web.Controllers;

public sealed class AdminSourcesController(
    SourceCatalog catalog,
    CrawlRunStore runs,
    ISchedulerFactory schedulers,
    IOptions<JobScoutOptions> options) : Controller
{
    [HttpGet("/admin/sources")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var latest = await runs.LatestBySourceAsync(ct);
        var defaultSchedule = options.Value.Crawler.DefaultSchedule;
        var sources = catalog.All
            .Select(s => new SourceStatusViewModel(
                s.Id, s.Kind, SourceFetchers.RequestUri(s).GetLeftPart(UriPartial.Path), s.Enabled,
                string.IsNullOrWhiteSpace(s.Schedule) ? defaultSchedule : s.Schedule,
                latest.GetValueOrDefault(s.Id)))
            .ToList();
        return View(new AdminSourcesViewModel(sources, TempData["Message"] as string));
    }

    [HttpPost("/admin/sources/{id}/crawl")]
    public async Task<IActionResult> CrawlNow(string id, CancellationToken ct)
    {
        var source = catalog.Find(id);
        if (source is null || !source.Enabled)
        {
            return NotFound();
        }

        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(CrawlSourceJob.KeyFor(source.Id), new JobDataMap(), ct);
        TempData["Message"] = $"A crawl of {source.Id} has started; refresh to see its result.";
        return RedirectToAction(nameof(Index));
    }
}
