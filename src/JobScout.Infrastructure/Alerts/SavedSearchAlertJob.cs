using Quartz;

namespace JobScout.Infrastructure.Alerts;

/// <summary>The Quartz job that checks saved searches: on its schedule, and right after each crawl.</summary>
[DisallowConcurrentExecution]
public sealed class SavedSearchAlertJob(AlertChecker checker) : IJob
{
    public const string ReasonKey = "reason";
    public const string AfterCrawl = "after-crawl";

    public static JobKey Key { get; } = new("saved-search-alerts", "alerts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var afterCrawl = context.MergedJobDataMap.GetString(ReasonKey) == AfterCrawl;
        await checker.RunAsync(afterCrawl, cancellationToken);
    }

    /// <summary>Asks for an "after each crawl" check; several crawls ending together queue one check each, run one at a time.</summary>
    public static async Task TriggerAfterCrawlAsync(IScheduler scheduler, CancellationToken ct)
    {
        if (await scheduler.GetJobDetail(Key, ct) is not null)
        {
            await scheduler.TriggerJob(Key, new JobDataMap { [ReasonKey] = AfterCrawl }, ct);
        }
    }
}
