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
    double ClassifyMicrosPerListing,
    double AllocatedKbPerListing,
    double HtmlAllocatedKbPerListing,
    double ClassifyAllocatedKbPerListing);

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
        var allocated = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var parsed = parser.Parse(payload, "bench");
            watch.Stop();
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - bytesBefore);
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
        var phases = Phases(listings);
        return new ParseBenchmarkResult(listings, runs, wall, cpu, wall * 1000 / listings, cpu * 1000 / listings, listings / (wall / 1000), relevant,
            phases.HtmlMs * 1000 / listings, phases.ClassifyMs * 1000 / listings,
            Median(allocated) / 1024 / listings, phases.HtmlBytes / 1024.0 / listings, phases.ClassifyBytes / 1024.0 / listings);
    }

    private sealed record PhaseCosts(double HtmlMs, long HtmlBytes, double ClassifyMs, long ClassifyBytes);

    /// <summary>The two costly phases timed alone: HTML decoding/sanitizing/text, and classification.</summary>
    private static PhaseCosts Phases(int listings)
    {
        var items = SyntheticBoard.Items(listings).ToList();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var texts = items.Select(i => (i.Title, HtmlContent.Prepare(i.EscapedHtml).Text)).ToList();
        var html = watch.Elapsed.TotalMilliseconds;
        var htmlBytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        bytes = GC.GetAllocatedBytesForCurrentThread();
        watch.Restart();
        foreach (var (title, text) in texts)
        {
            ListingClassifier.Default.Classify(title, text, "Benchmark Labs", pay: null);
        }

        var classify = watch.Elapsed.TotalMilliseconds;
        return new PhaseCosts(html, htmlBytes, classify, GC.GetAllocatedBytesForCurrentThread() - bytes);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
