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
                $"  {result.Relevant:N0} classified as AI-training work"));
            return ExitCodes.Success;
        }));
        bench.Subcommands.Add(parse);
        return bench;
    }
}
