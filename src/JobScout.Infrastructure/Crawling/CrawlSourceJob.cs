using Quartz;

namespace JobScout.Infrastructure.Crawling;

/// <summary>The Quartz job that crawls one source; never two runs of the same source at once.</summary>
[DisallowConcurrentExecution]
public sealed class CrawlSourceJob(CrawlRunner runner, SourceCatalog catalog) : IJob
{
    public const string SourceIdKey = "sourceId";

    public static JobKey KeyFor(string sourceId) => new($"crawl-{sourceId}", "crawl");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sourceId = context.MergedJobDataMap.GetString(SourceIdKey)
            ?? throw new JobExecutionException("The crawl job has no source id.");
        var source = catalog.Find(sourceId)
            ?? throw new JobExecutionException($"Crawl source \"{sourceId}\" is no longer configured.");
        await runner.RunAsync(source, progress: null, cancellationToken);
    }
}
