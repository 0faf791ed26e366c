using System.Diagnostics;
using JobScout.Core.Classification;
using JobScout.Core.Sources.Boards;
using JobScout.Core.Text;

namespace JobScout.Cli.Benchmarks;

public sealed record ParseBenchmarkResult(
    int Listings,
    int Runs,
    double MedianWallMs,
    double MedianCpuMs,
    double WallMicrosPerListing,
    double CpuMicrosPerListing,
    double ListingsPerSecond,
    int Relevant,
    double HtmlMicrosPerListing,
    double ClassifyMicrosPerListing);

/// <summary>Parse + normalize + classify a generated board of N listings several times; report the median.</summary>
internal static class ParseBenchmark
{
    public static ParseBenchmarkResult Run(int listings, int runs)
    {
        var payload = SyntheticBoard.Generate(listings);
        var parser = new GreenhouseBoard();
        var relevant = parser.Parse(payload, "bench").Listings.Count(l => l.Relevant); // warm-up: JIT, regex compilation
        var process = Process.GetCurrentProcess();
        var walls = new List<double>();
        var cpus = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var parsed = parser.Parse(payload, "bench");
            watch.Stop();
            process.Refresh();
            if (parsed.Listings.Count != listings)
            {
                throw new InvalidOperationException($"Parsed {parsed.Listings.Count} of {listings} listings.");
            }

            walls.Add(watch.Elapsed.TotalMilliseconds);
            cpus.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        var wall = Median(walls);
        var cpu = Median(cpus);
        var (html, classify) = Phases(listings);
        return new ParseBenchmarkResult(listings, runs, wall, cpu, wall * 1000 / listings, cpu * 1000 / listings, listings / (wall / 1000), relevant,
            html * 1000 / listings, classify * 1000 / listings);
    }

    /// <summary>The two costly phases timed alone: HTML decoding/sanitizing/text, and classification.</summary>
    private static (double HtmlMs, double ClassifyMs) Phases(int listings)
    {
        var items = SyntheticBoard.Items(listings).ToList();
        var watch = Stopwatch.StartNew();
        var texts = items.Select(i => (i.Title, HtmlContent.Prepare(i.EscapedHtml).Text)).ToList();
        var html = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        foreach (var (title, text) in texts)
        {
            ListingClassifier.Default.Classify(title, text, "Benchmark Labs", pay: null);
        }

        var classify = watch.Elapsed.TotalMilliseconds;
        return (html, classify);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
