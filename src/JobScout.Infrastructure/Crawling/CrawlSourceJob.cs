using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobScout.Infrastructure.Crawling;

/// <summary>The Quartz job that crawls one source; never two runs of the same source at once.</summary>
[DisallowConcurrentExecution]
public sealed class CrawlSourceJob(
    CrawlRunner runner,
    SourceCatalog catalog,
    CrawlRunStore runs,
    IOptions<JobScoutOptions> options,
    TimeProvider clock,
    ILogger<CrawlSourceJob> logger) : IJob
{
    public const string SourceIdKey = "sourceId";
    public const string TriggerKey = "trigger";

    public static JobKey KeyFor(string sourceId) => new($"crawl-{sourceId}", "crawl");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sourceId = context.MergedJobDataMap.GetString(SourceIdKey)
            ?? throw new JobExecutionException("The crawl job has no source id.");
        var source = catalog.Find(sourceId)
            ?? throw new JobExecutionException($"Crawl source \"{sourceId}\" is no longer configured.");
        var trigger = context.MergedJobDataMap.GetString(TriggerKey) ?? CrawlTrigger.Schedule;
        if (trigger == CrawlTrigger.Schedule && await IsPausedAsync(sourceId, cancellationToken))
        {
            logger.SourcePaused(sourceId);
            return;
        }

        if (context.Recovering && await runs.AbandonRunningOfSourceAsync(sourceId, cancellationToken) is > 0)
        {
            // Quartz never runs this job twice at once in the cluster, so a run still marked running belongs to the dead node.
            logger.CrawlRecovered(sourceId);
        }

        await runner.RunAsync(source, trigger, report: null, context.ScheduledFireTimeUtc, cancellationToken);
        await SavedSearchAlertJob.TriggerAfterCrawlAsync(context.Scheduler, cancellationToken);
    }

    /// <summary>A source failing again and again is left alone for a while; an operator's "crawl now" still runs it.</summary>
    private async Task<bool> IsPausedAsync(string sourceId, CancellationToken ct)
    {
        var crawler = options.Value.Crawler;
        var (failures, last) = await runs.ConsecutiveFailuresAsync(sourceId, ct);
        return failures >= crawler.PauseAfterFailures && last is { } at && clock.GetUtcNow() - at < TimeSpan.FromHours(crawler.PauseHours);
    }
}
