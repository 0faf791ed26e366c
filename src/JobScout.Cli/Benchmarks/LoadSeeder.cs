using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;

namespace JobScout.Cli.Benchmarks;

/// <summary>Fills a data directory with N generated listings (stored, then indexed) for load runs.</summary>
public static class LoadSeeder
{
    private const int Batch = 2_000;

    public static async Task<long> SeedAsync(ListingStore store, IndexFollower follower, int count, Action<string> progress, CancellationToken ct = default)
    {
        var generated = new SyntheticListings().Generate(count).Select(s => s.Listing);
        var stored = 0;
        foreach (var chunk in generated.Chunk(Batch))
        {
            await store.UpsertAsync(chunk, isExample: false, ct);
            stored += chunk.Length;
            if (stored % 20_000 == 0 || stored == count)
            {
                progress($"stored {stored:N0} of {count:N0}");
            }
        }

        progress("indexing");
        return (await follower.CatchUpAsync(ct)).Sequence;
    }
}
