using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using JobScout.Infrastructure.Storage.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Startup;

/// <summary>Makes the data directory, database and index ready: migrate, seed examples on first start, catch the index up.</summary>
public sealed class JobScoutInitializer(
    DataPaths paths,
    Migrator migrator,
    DbConnectionFactory connections,
    ExampleListings examples,
    CrawlRunStore runs,
    ILogger<JobScoutInitializer> logger,
    IndexFollower follower,
    IOptions<JobScoutOptions> options)
{
    /// <param name="seedExamples">Load the shipped examples into an empty database.</param>
    /// <param name="catchUpIndex">Bring the index up to date now (the site does; the CLI does it per command).</param>
    /// <param name="ownsCrawls">This process runs the scheduler, so runs still marked running were left by a dead process.</param>
    /// <param name="ct">Stops the work.</param>
    public async Task InitializeAsync(bool seedExamples, bool catchUpIndex = true, bool ownsCrawls = false, CancellationToken ct = default)
    {
        paths.EnsureCreated();
        await migrator.MigrateAsync(SchemaMigrations.All, ct);
        if (ownsCrawls && await runs.AbandonRunningAsync(connections.Dialect.SupportsCluster, ct) is var abandoned and > 0)
        {
            logger.RunsAbandoned(abandoned);
        }

        if (seedExamples && options.Value.SeedExamples)
        {
            await examples.SeedIfEmptyAsync(ct);
        }

        if (catchUpIndex)
        {
            await follower.CatchUpAsync(ct);
        }
    }
}
