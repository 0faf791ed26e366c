using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Startup;
using JobScout.Infrastructure.Storage;
using JobScout.Infrastructure.Storage.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace JobScout.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>The composition root shared by the site and the <c>jobscout</c> command.</summary>
    public static IServiceCollection AddJobScout(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobScoutOptions>().Bind(configuration.GetSection(JobScoutOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DataPaths>();
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<ListingStore>();
        services.AddSingleton<CrawlRunStore>();
        services.AddSingleton<ListingIndex>();
        services.AddSingleton<ListingSearcher>();
        services.AddSingleton<IndexFollower>();
        services.AddSingleton<ExampleListings>();
        services.AddSingleton<JobScoutInitializer>();
        services.AddSingleton<SourceCatalog>();
        services.AddSingleton<PayloadDownloader>();
        services.AddSingleton<CrawlRunner>();
        services.AddTransient<CrawlSourceJob>();
        services.AddCrawlerHttpClient();
        return services;
    }

    private static void AddCrawlerHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(PayloadDownloader.ClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                var crawler = provider.GetRequiredService<IOptions<JobScoutOptions>>().Value.Crawler;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(crawler.UserAgent);
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns time-outs
            })
            .AddResilienceHandler("crawler", (pipeline, context) =>
            {
                var crawler = context.ServiceProvider.GetRequiredService<IOptions<JobScoutOptions>>().Value.Crawler;
                var attempt = TimeSpan.FromSeconds(Math.Max(1, crawler.TimeoutSeconds));
                pipeline.AddTimeout(attempt * (crawler.RetryAttempts + 1) * 2);
                if (crawler.RetryAttempts < 1)
                {
                    pipeline.AddTimeout(attempt);
                    return;
                }

                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = crawler.RetryAttempts,
                    BackoffType = Polly.DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(1),
                    MaxDelay = TimeSpan.FromSeconds(60),
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddTimeout(attempt);
            });
    }
}
