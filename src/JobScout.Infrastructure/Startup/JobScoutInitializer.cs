using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage.Migrations;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Startup;

/// <summary>Makes the data directory, database and index ready: migrate, seed examples on first start, catch the index up.</summary>
public sealed class JobScoutInitializer(
    DataPaths paths,
    Migrator migrator,
    ExampleListings examples,
    IndexFollower follower,
    IOptions<JobScoutOptions> options)
{
    public async Task InitializeAsync(bool seedExamples, bool catchUpIndex = true, CancellationToken ct = default)
    {
        paths.EnsureCreated();
        await migrator.MigrateAsync(SqliteMigrations.All, ct);
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
