using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace JobScout.Infrastructure.Crawling;

public static class CrawlScheduling
{
    public static TriggerKey CronTriggerKey(string sourceId) => new($"{CrawlSourceJob.KeyFor(sourceId).Name}-cron", "crawl");

    /// <summary>Hosts Quartz in the process: one durable job per source, a cron trigger each, and a first run soon after start.</summary>
    public static IServiceCollection AddJobScoutScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobScoutOptions.Section).Get<JobScoutOptions>() ?? new JobScoutOptions();
        var catalog = new SourceCatalog(options);
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<SavedSearchAlertJob>(job => job.WithIdentity(SavedSearchAlertJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(SavedSearchAlertJob.Key).WithIdentity("saved-search-alerts-cron", "alerts")
                .WithCronSchedule(options.Alerts.Schedule, schedule => schedule.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));

            foreach (var source in catalog.All.Where(s => s.Enabled))
            {
                var jobKey = CrawlSourceJob.KeyFor(source.Id);
                quartz.AddJob<CrawlSourceJob>(job => job.WithIdentity(jobKey).UsingJobData(CrawlSourceJob.SourceIdKey, source.Id).StoreDurably());
                if (!options.Crawler.Enabled)
                {
                    continue; // jobs stay available for "crawl now"
                }

                var cron = string.IsNullOrWhiteSpace(source.Schedule) ? options.Crawler.DefaultSchedule : source.Schedule;
                quartz.AddTrigger(trigger => trigger.ForJob(jobKey).WithIdentity(CronTriggerKey(source.Id))
                    .WithCronSchedule(cron, schedule => schedule.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
                if (options.Crawler.RunOnStart)
                {
                    quartz.AddTrigger(trigger => trigger.ForJob(jobKey).WithIdentity($"{jobKey.Name}-start", "crawl")
                        .StartAt(DateTimeOffset.UtcNow.AddSeconds(options.Crawler.StartDelaySeconds)));
                }
            }
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
