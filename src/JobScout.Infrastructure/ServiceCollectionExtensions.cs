using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Coaching;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Crawling.Http;
using JobScout.Infrastructure.Crawling.Terms;
using JobScout.Infrastructure.Email;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Startup;
using JobScout.Infrastructure.Storage;
using JobScout.Infrastructure.Storage.Migrations;
using JobScout.Infrastructure.Tracking;
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
        services.AddSingleton<DbConnectionFactory>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<Backup.DatabaseBackup>();
        services.AddSingleton<ListingStore>();
        services.AddSingleton<PlatformListings>();
        services.AddSingleton<CrawlRunStore>();
        services.AddSingleton<ListingIndex>();
        services.AddSingleton<ListingSearcher>();
        services.AddSingleton<IndexFollower>();
        services.AddSingleton<ExampleListings>();
        services.AddSingleton<JobScoutInitializer>();
        services.AddSingleton<SourceCatalog>();
        services.AddSingleton<PayloadDownloader>();
        services.AddSingleton<HostGate>();
        services.AddSingleton<RobotsCache>();
        services.AddSingleton<HttpValidatorStore>();
        services.AddSingleton<SearchTermStore>();
        services.AddSingleton<SearchTermPlanner>();
        services.AddSingleton<CrawlProgress>();
        services.AddSingleton<CrawlRunner>();
        services.AddTransient<CrawlSourceJob>();
        services.AddAccounts();
        services.AddCrawlerHttpClient();
        return services;
    }

    private static void AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<UserStore>();
        services.AddSingleton<PasswordResetStore>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddSingleton<SavedSearchStore>();
        services.AddSingleton<AlertStore>();
        services.AddSingleton<AlertMailer>();
        services.AddSingleton<AlertChecker>();
        services.AddTransient<SavedSearchAlertJob>();
        services.AddSingleton<ApplicationStore>();
        services.AddSingleton<CoachLinkStore>();
        services.AddSingleton<CollectionStore>();
        services.AddSingleton<AccessPolicy>();
        services.AddSingleton<Assessments.PackLibrary>();
        services.AddSingleton<Assessments.PracticeStore>();
        services.AddSingleton<Assessments.PracticeFlagStore>();
        services.AddSingleton<Assessments.PracticeAssignmentStore>();
    }

    private static void AddCrawlerHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(PayloadDownloader.ClientName)
            .ConfigureHttpClient(ConfigureClient)
            .ConfigurePrimaryHttpMessageHandler(CreateHandler)
            .AddResilienceHandler("crawler", (pipeline, context) =>
            {
                var crawler = Crawler(context.ServiceProvider);
                var attempt = TimeSpan.FromSeconds(Math.Max(1, crawler.TimeoutSeconds));
                pipeline.AddTimeout(attempt * (crawler.RetryAttempts + 1) * 2);
                if (crawler.RetryAttempts >= 1)
                {
                    // Retries 408, 429 and 5xx with exponential back-off and jitter, waiting as long as Retry-After asks.
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = crawler.RetryAttempts,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromSeconds(1),
                        MaxDelay = TimeSpan.FromSeconds(60),
                        ShouldRetryAfterHeader = true,
                    });
                }

                pipeline.AddTimeout(attempt);
            });

        // robots.txt: one quick try; a failure means "disallowed" for now, never a retry storm.
        services.AddHttpClient(PayloadDownloader.RobotsClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                ConfigureClient(provider, client);
                client.Timeout = TimeSpan.FromSeconds(Math.Max(1, Crawler(provider).TimeoutSeconds));
            })
            .ConfigurePrimaryHttpMessageHandler(CreateHandler);
    }

    private static CrawlerOptions Crawler(IServiceProvider provider) => provider.GetRequiredService<IOptions<JobScoutOptions>>().Value.Crawler;

    private static void ConfigureClient(IServiceProvider provider, HttpClient client)
    {
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Crawler(provider).UserAgent);
        client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns time-outs
    }

    private static SocketsHttpHandler CreateHandler(IServiceProvider provider)
    {
        var allowPrivate = Crawler(provider).AllowPrivateNetworks;
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, ct) => NetworkGuard.ConnectAsync(context, allowPrivate, ct),
        };
    }
}
