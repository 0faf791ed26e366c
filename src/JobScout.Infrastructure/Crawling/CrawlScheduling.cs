using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Storage.Dialects;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace JobScout.Infrastructure.Crawling;

public static class CrawlScheduling
{
    public static TriggerKey CronTriggerKey(string sourceId) => new($"{CrawlSourceJob.KeyFor(sourceId).Name}-cron", "crawl");

    /// <summary>
    /// Hosts Quartz in the process: one durable job per source, a cron trigger each, and a first run soon after start.
    /// On PostgreSQL the scheduler is clustered: its jobs and triggers live in the shared database, each firing runs on one
    /// node, and the crawl of a node that dies is taken over by another.
    /// </summary>
    public static IServiceCollection AddJobScoutScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobScoutOptions.Section).Get<JobScoutOptions>() ?? new JobScoutOptions();
        var catalog = new SourceCatalog(options);
        var clustered = SqlDialect.For(options.Database.Provider).SupportsCluster;
        services.AddQuartz(quartz =>
        {
            if (clustered)
            {
                UseClusteredStore(quartz, options);
            }

            quartz.AddJob<SavedSearchAlertJob>(job => job.WithIdentity(SavedSearchAlertJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(SavedSearchAlertJob.Key).WithIdentity("saved-search-alerts-cron", "alerts")
                .WithCronSchedule(options.Alerts.Schedule, schedule => schedule.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));

            foreach (var source in catalog.All.Where(s => s.Enabled))
            {
                var jobKey = CrawlSourceJob.KeyFor(source.Id);
                quartz.AddJob<CrawlSourceJob>(job => job.WithIdentity(jobKey).UsingJobData(CrawlSourceJob.SourceIdKey, source.Id).StoreDurably()
                    .RequestRecovery());
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
        if (clustered)
        {
            services.AddHostedService<ClusteredSchedulerHost>();
        }
        else
        {
            services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        }

        return services;
    }

    private static void UseClusteredStore(IQuartzBuilder quartz, JobScoutOptions options)
    {
        var cluster = options.Cluster;
        quartz.ConfigureScheduler(scheduler => scheduler.InstanceId = cluster.EffectiveNodeName);
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(options.Database.ConnectionString
                              ?? throw new InvalidOperationException("JobScout:Database:ConnectionString is required for the postgres provider."));
            store.UseClustering(clustering =>
            {
                clustering.CheckinInterval = TimeSpan.FromSeconds(cluster.CheckinIntervalSeconds);
                clustering.CheckinMisfireThreshold = TimeSpan.FromSeconds(cluster.CheckinMisfireThresholdSeconds);
            });
            store.ProvisionSchema();
        });
    }
}
