using JobScout.Core.Sources;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.Logging;

namespace JobScout.Infrastructure.Startup;

/// <summary>Loads the shipped example listings into an empty database, so a fresh install has something to search.</summary>
public sealed class ExampleListings(ListingStore store, ILogger<ExampleListings> logger)
{
    public const string SourceKey = "examples";

    public static string FilePath => Path.Combine(DataPaths.ShippedData, "examples", "listings.jsonl");

    public async Task<int> SeedIfEmptyAsync(CancellationToken ct)
    {
        var stats = await store.StatsAsync(ct);
        if (stats.AllListings > 0 || !File.Exists(FilePath))
        {
            return 0;
        }

        var parsed = new JsonLinesParser().Parse(await File.ReadAllTextAsync(FilePath, ct), SourceKey);
        // The examples include a few non-training jobs, kept out the way a crawl keeps them out.
        var counts = await store.UpsertAsync(parsed.Listings.Where(l => l.Relevant).ToList(), isExample: true, ct);
        logger.ExamplesImported(counts.New);
        return counts.New;
    }
}
