using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Storage;
using JobScout.Web.Accounts;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobScout.Web.Controllers;

[Authorize(Policy = Policies.Admin)]
public sealed class AdminSourcesController(
    SourceCatalog catalog,
    CrawlRunStore runs,
    CrawlProgress progress,
    ISchedulerFactory schedulers,
    IOptions<JobScoutOptions> options) : Controller
{
    [HttpGet("/admin/sources")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var latest = await runs.LatestBySourceAsync(ct);
        var scheduler = await schedulers.GetScheduler(ct);
        var crawler = options.Value.Crawler;
        var sources = new List<SourceStatusViewModel>();
        foreach (var source in catalog.All)
        {
            var (failures, lastFailure) = await runs.ConsecutiveFailuresAsync(source.Id, ct);
            var paused = failures >= crawler.PauseAfterFailures && lastFailure is { } at && DateTimeOffset.UtcNow - at < TimeSpan.FromHours(crawler.PauseHours);
            var trigger = await scheduler.GetTrigger(CrawlScheduling.CronTriggerKey(source.Id), ct);
            sources.Add(new SourceStatusViewModel(
                source.Id, source.Kind, Describe(source), source.Enabled,
                string.IsNullOrWhiteSpace(source.Schedule) ? crawler.DefaultSchedule : source.Schedule,
                latest.GetValueOrDefault(source.Id), failures, paused, trigger?.NextFireTimeUtc, progress.For(source.Id), source.Terms)
            {
                Elsewhere = RunningElsewhere(latest.GetValueOrDefault(source.Id), progress.For(source.Id)),
            });
        }

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
        await scheduler.TriggerJob(CrawlSourceJob.KeyFor(source.Id), new JobDataMap { [CrawlSourceJob.TriggerKey] = CrawlTrigger.Manual }, ct);
        TempData["Message"] = $"A crawl of {source.Id} has started; this page follows its progress.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// A crawl running in another process — another node of a cluster, or a terminal's <c>jobscout crawl</c> — shows
    /// the progress that process last saved on its run.
    /// </summary>
    private RunningCrawl? RunningElsewhere(CrawlRun? latest, CrawlProgressSnapshot? here) =>
        here is null && latest is { Status: CrawlRunStatus.Running } run
            ? new RunningCrawl(run.Node ?? options.Value.Cluster.EffectiveNodeName,
                run.Progress ?? new CrawlProgressSnapshot(run.SourceId, run.StartedAt, "starting", 0, 0, 0, 0, 0))
            : null;

    private static string Describe(SourceOptions source)
    {
        try
        {
            return SourceEndpoints.FirstPage(source, SourceEndpoints.TakesQuery(source) ? "…" : null).GetLeftPart(UriPartial.Path);
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }
    }
}
