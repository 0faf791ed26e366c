using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace JobScout.Tests.Support;

/// <summary>The real site over a temporary data directory, configured the way an operator would.</summary>
public sealed class JobScoutWebFactory(string dataDirectory, IDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("JobScout:DataDirectory", dataDirectory);
        builder.UseSetting("JobScout:Crawler:RunOnStart", "false");
        builder.UseSetting("JobScout:Crawler:RetryAttempts", "0");
        builder.UseSetting("JobScout:Crawler:AllowPrivateNetworks", "true"); // the test boards live on loopback
        builder.UseSetting("JobScout:Crawler:PerHostDelayMilliseconds", "0");
        builder.UseSetting("JobScout:Index:FollowIntervalSeconds", "1");
        // Tests sign in and upload far more often than people do; the limits have their own tests.
        builder.UseSetting("JobScout:RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("JobScout:RateLimits:UploadsPerMinute", "100000");
        foreach (var (key, value) in TestDatabase.Settings(dataDirectory))
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Triggers the source's crawl job and waits until its run number <paramref name="run"/> has finished.</summary>
    /// <param name="sourceId">The configured source.</param>
    /// <param name="run">The run id to wait for (1 for the first run of a fresh database, 2 for the second…).</param>
    public async Task<CrawlRun> CrawlAsync(string sourceId, long run)
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(CrawlSourceJob.KeyFor(sourceId), new JobDataMap(), CancellationToken.None);
        var runs = Services.GetRequiredService<CrawlRunStore>();
        for (var i = 0; i < 300; i++)
        {
            if ((await runs.LatestBySourceAsync()).TryGetValue(sourceId, out var latest) && latest.Id >= run && latest.Status != CrawlRunStatus.Running)
            {
                return latest;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Run {run} of {sourceId} did not finish.");
    }

    /// <summary>Waits until the source has a finished run and returns it.</summary>
    public async Task<CrawlRun> WaitForRunAsync(string sourceId, TimeSpan timeout)
    {
        var runs = Services.GetRequiredService<CrawlRunStore>();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if ((await runs.LatestBySourceAsync()).TryGetValue(sourceId, out var run) && run.Status != CrawlRunStatus.Running)
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No finished crawl run of {sourceId} within {timeout}.");
    }
}
