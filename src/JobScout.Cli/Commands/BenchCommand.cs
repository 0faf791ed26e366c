using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using JobScout.Cli.Benchmarks;

namespace JobScout.Cli.Commands;

/// <summary><c>bench parse --listings N [--runs R] [--json]</c>: CPU time per listing for parse + normalize + classify.</summary>
public static class BenchCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliOutput output)
    {
        var bench = new Command("bench", "Measure JobScout's speed.");
        var listings = new Option<int>("--listings") { Description = "Listings in the generated board.", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Measured runs (the median is reported).", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        listings.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1_000_000)
            {
                r.AddError("--listings must be between 1 and 1,000,000.");
            }
        });
        runs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100)
            {
                r.AddError("--runs must be between 1 and 100.");
            }
        });
        var parse = new Command("parse", "Parse, normalize and classify a generated Greenhouse board.") { listings, runs, json };
        parse.SetAction((parseResult, _) => CliHost.RunWithoutStoreAsync(output, async () =>
        {
            var result = ParseBenchmark.Run(parseResult.GetValue(listings), parseResult.GetValue(runs));
            if (parseResult.GetValue(json))
            {
                await output.Out.WriteLineAsync(JsonSerializer.Serialize(result, Json));
                return ExitCodes.Success;
            }

            await output.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"parse + normalize + classify, {result.Listings:N0} listings, median of {result.Runs} runs:\n" +
                $"  wall {result.MedianWallMs:0.0} ms ({result.WallMicrosPerListing:0.0} µs/listing, {result.ListingsPerSecond:N0} listings/s)\n" +
                $"  cpu  {result.MedianCpuMs:0.0} ms ({result.CpuMicrosPerListing:0.0} µs/listing)\n" +
                $"  of which HTML decode + sanitize + text {result.HtmlMicrosPerListing:0.0} µs, classification {result.ClassifyMicrosPerListing:0.0} µs per listing\n" +
                $"  allocated {result.AllocatedKbPerListing:0.0} KB per listing (HTML {result.HtmlAllocatedKbPerListing:0.0} KB, classification {result.ClassifyAllocatedKbPerListing:0.0} KB)\n" +
                $"  {result.Relevant:N0} classified as AI-training work"));
            return ExitCodes.Success;
        }));
        bench.Subcommands.Add(parse);
        bench.Subcommands.Add(CreateSearch(output));
        bench.Subcommands.Add(CreateResume(output));
        bench.Subcommands.Add(BenchLoadCommand.CreateSeed(output));
        bench.Subcommands.Add(BenchLoadCommand.CreateLoad(output));
        return bench;
    }

    /// <summary><c>bench resume [--runs N] [--json]</c>: read + check time of a two-page, two-column PDF resume.</summary>
    private static Command CreateResume(CliOutput output)
    {
        var runs = new Option<int>("--runs") { Description = "Measured runs (after 5 warm-up runs).", DefaultValueFactory = _ => 200 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var resume = new Command("resume", "Read a generated two-page PDF resume and check it against the guide's keywords, N times.") { runs, json };
        resume.SetAction((parseResult, _) => CliHost.RunWithoutStoreAsync(output, async () =>
        {
            var result = ResumeBenchmark.Run(Math.Clamp(parseResult.GetValue(runs), 1, 100_000));
            await output.Out.WriteLineAsync(parseResult.GetValue(json)
                ? JsonSerializer.Serialize(result, Json)
                : string.Create(CultureInfo.InvariantCulture,
                    $"resume check, two-page two-column PDF ({result.Bytes:N0} bytes, {result.Words} words), {result.Runs} runs:\n" +
                    $"  p50 {result.P50Ms:0.00} ms  p95 {result.P95Ms:0.00} ms  mean {result.MeanMs:0.00} ms\n" +
                    $"  p95 of reading the PDF {result.ReadP95Ms:0.00} ms, of matching and checks {result.CheckP95Ms:0.00} ms (score {result.Score})"));
            return ExitCodes.Success;
        }));
        return resume;
    }

    /// <summary><c>bench search --docs N [--queries Q] [--json]</c>: index build rate and query latency beside the Lucene floor and FTS5.</summary>
    private static Command CreateSearch(CliOutput output)
    {
        var docs = new Option<int>("--docs") { Description = "Listings to generate and index.", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "Searches in the mix.", DefaultValueFactory = _ => 300 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        docs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 100 or > 5_000_000)
            {
                r.AddError("--docs must be between 100 and 5,000,000.");
            }
        });
        var search = new Command("search", "Index N generated listings and time the job-seeker query mix against the Lucene floor and SQLite FTS5.") { docs, queries, json };
        search.SetAction((parseResult, _) => CliHost.RunWithoutStoreAsync(output, async () =>
        {
            var asJson = parseResult.GetValue(json);
            var result = SearchBenchmark.Run(parseResult.GetValue(docs), Math.Clamp(parseResult.GetValue(queries), 10, 10_000), line => output.Error.WriteLine(line));
            if (asJson)
            {
                var contract = new
                {
                    docs = result.Docs,
                    indexPerSec = Math.Round(result.IndexPerSec),
                    p50Ms = result.P50Ms,
                    p95Ms = result.P95Ms,
                    p99Ms = result.P99Ms,
                    floorP95Ms = result.FloorP95Ms,
                    fts5P95Ms = result.Fts5P95Ms,
                    peakMemoryMb = Math.Round(result.PeakMemoryMb),
                };
                await output.Out.WriteLineAsync(JsonSerializer.Serialize(contract));
            }

            // The human summary: on stdout, or on stderr beside the JSON.
            await (asJson ? output.Error : output.Out).WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{result.Docs:N0} listings, {result.Queries} searches (5 facets, highlighted top 20)\n" +
                $"  index build      {result.IndexPerSec:N0} listings/s\n" +
                $"  JobScout         p50 {result.P50Ms:0.00} ms  p95 {result.P95Ms:0.00} ms  p99 {result.P99Ms:0.00} ms  (broad p95 {result.BroadP95Ms:0.00} ms)\n" +
                $"    where it goes  p95 without highlighting {result.NoHighlightP95Ms:0.00} ms, without facets {result.NoFacetsP95Ms:0.00} ms\n" +
                $"  Lucene floor     p50 {result.FloorP50Ms:0.00} ms  p95 {result.FloorP95Ms:0.00} ms  → JobScout/floor at p95 {result.P95Ms / Math.Max(0.01, result.FloorP95Ms):0.00}×\n" +
                $"  SQLite FTS5      p50 {result.Fts5P50Ms:0.00} ms  p95 {result.Fts5P95Ms:0.00} ms  → FTS5/JobScout at p95 {result.Fts5P95Ms / Math.Max(0.01, result.P95Ms):0.0}× (load {result.Fts5LoadSeconds:0.0} s)\n" +
                $"  peak memory      {result.PeakMemoryMb:N0} MB"));
            return ExitCodes.Success;
        }));
        return search;
    }
}
