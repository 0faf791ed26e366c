using System.Diagnostics;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobScout.Cli.Benchmarks;

public sealed record SearchBenchmarkResult(
    int Docs,
    double IndexPerSec,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double FloorP95Ms,
    double Fts5P95Ms,
    double PeakMemoryMb)
{
    public double BroadP95Ms { get; init; }
    public double NoHighlightP95Ms { get; init; }
    public double NoFacetsP95Ms { get; init; }
    public double FloorP50Ms { get; init; }
    public double Fts5P50Ms { get; init; }
    public double Fts5LoadSeconds { get; init; }
    public int Queries { get; init; }
}

/// <summary>
/// Builds an index of N generated listings, then runs the job-seeker query mix three ways in the same run:
/// JobScout's full search (5 facets, highlighted top 20), the raw-Lucene floor, and SQLite FTS5.
/// </summary>
internal static class SearchBenchmark
{
    private const int Batch = 50_000;

    public static SearchBenchmarkResult Run(int docs, int queries, Action<string> progress)
    {
        var directory = Path.Combine(Path.GetTempPath(), "jobscout-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var options = Options.Create(new JobScoutOptions { DataDirectory = directory });
            using var index = new ListingIndex(new DataPaths(options), NullLogger<ListingIndex>.Instance);
            var searcher = new ListingSearcher(index, new FixedClock());
            var indexPerSec = Build(index, docs, progress);
            var mix = QueryMix.Create(queries);
            progress($"running {mix.Count} searches: JobScout, the Lucene floor, then FTS5");
            Warm(mix, searcher);
            var full = Time(mix, q => searcher.SearchUncached(q.Request));
            var floor = Time(mix, q => searcher.SearchFloor(q.Request));
            var broad = Time(mix.Where(q => q.Broad).ToList(), q => searcher.SearchUncached(q.Request));
            var noHighlight = Time(mix, q => searcher.SearchUncached(q.Request with { WithHighlights = false }));
            var noFacets = Time(mix, q => searcher.SearchUncached(q.Request with { WithFacets = false }));


            using var fts = new Fts5Baseline(Path.Combine(directory, "fts5.db"));
            progress("loading the same listings into SQLite FTS5");
            var loadSeconds = fts.Load(new SyntheticListings().Generate(docs));
            mix.Take(10).ToList().ForEach(q => fts.Run(q.Request));
            var fts5 = Time(mix, q => fts.Run(q.Request));

            return new SearchBenchmarkResult(docs, indexPerSec, Percentile(full, 50), Percentile(full, 95), Percentile(full, 99),
                Percentile(floor, 95), Percentile(fts5, 95), Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0))
            {
                BroadP95Ms = Percentile(broad, 95),
                NoHighlightP95Ms = Percentile(noHighlight, 95),
                NoFacetsP95Ms = Percentile(noFacets, 95),
                FloorP50Ms = Percentile(floor, 50),
                Fts5P50Ms = Percentile(fts5, 50),
                Fts5LoadSeconds = loadSeconds,
                Queries = mix.Count,
            };
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Indexes in batches; only the indexing is timed, not the generation of the listings.</summary>
    private static double Build(ListingIndex index, int docs, Action<string> progress)
    {
        var indexing = TimeSpan.Zero;
        var done = 0;
        foreach (var batch in new SyntheticListings().Generate(docs).Chunk(Batch))
        {
            var start = Stopwatch.GetTimestamp();
            done += batch.Length;
            index.Apply(batch, done, fresh: true);
            indexing += Stopwatch.GetElapsedTime(start);
            progress($"indexed {done:N0} listings ({done / indexing.TotalSeconds:N0}/s)");
        }

        return docs / indexing.TotalSeconds;
    }

    private static void Warm(IReadOnlyList<(SearchRequest Request, bool Broad)> mix, ListingSearcher searcher)
    {
        foreach (var (request, _) in mix)
        {
            searcher.Search(request);
            searcher.SearchFloor(request);
        }
    }

    private static List<double> Time<T>(IReadOnlyList<T> items, Action<T> run)
    {
        var times = new List<double>(items.Count);
        foreach (var item in items)
        {
            var start = Stopwatch.GetTimestamp();
            run(item);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return times;
    }

    private static double Percentile(List<double> values, int percentile)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return Math.Round(sorted[Math.Clamp(rank, 0, sorted.Count - 1)], 2);
    }

    /// <summary>The generated listings are dated around this instant, so "posted within" filters stay stable.</summary>
    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => SyntheticListings.Anchor;
    }
}
