using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using JobScout.Cli.Benchmarks;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Cli.Commands;

/// <summary>
/// <c>bench seed --listings N</c> fills the data directory with generated listings; <c>bench load --url U</c> drives a
/// running site's static file, search page, JSON API and listing pages in turn and prints each one's figures.
/// </summary>
public static class BenchLoadCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command CreateSeed(CliOutput output)
    {
        var listings = new Option<int>("--listings") { Description = "Generated listings to store and index.", DefaultValueFactory = _ => 100_000 };
        var seed = new Command("seed", "Store and index N generated listings in the data directory (for load runs).") { listings };
        seed.SetAction((parseResult, ct) => CliHost.RunAsync(parseResult, output, async (services, token) =>
        {
            var count = Math.Clamp(parseResult.GetValue(listings), 1, 1_000_000);
            var sequence = await LoadSeeder.SeedAsync(services.GetRequiredService<ListingStore>(), services.GetRequiredService<IndexFollower>(), count,
                line => output.Error.WriteLine(line), token);
            await output.Out.WriteLineAsync($"Seeded {count:N0} listings; the index is at change {sequence:N0}.");
            return ExitCodes.Success;
        }, ct));
        return seed;
    }

    public static Command CreateLoad(CliOutput output)
    {
        var url = new Option<string>("--url") { Description = "The running site, e.g. http://127.0.0.1:5199.", Required = true };
        var listings = new Option<int>("--listings") { Description = "Listing ids to spread listing-page requests over.", DefaultValueFactory = _ => 100_000 };
        var connections = new Option<int>("--connections") { Description = "Concurrent connections.", DefaultValueFactory = _ => 64 };
        var seconds = new Option<int>("--seconds") { Description = "Measured seconds per target.", DefaultValueFactory = _ => 60 };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON." };
        var only = new Option<string[]>("--only")
        {
            Description = "Run only these targets (by name, e.g. \"search, uncached\"); the static file always runs first as the ceiling.",
            AllowMultipleArgumentsPerToken = true,
        };
        var load = new Command("load", "Drive a running site with N connections: static file, search page, JSON API, listing page.")
        {
            url, listings, connections, seconds, json, only,
        };
        load.SetAction((parseResult, ct) => CliHost.RunWithoutStoreAsync(output, async () =>
        {
            if (!Uri.TryCreate(parseResult.GetValue(url), UriKind.Absolute, out var baseUri))
            {
                throw new CliException("--url must be an absolute address such as http://127.0.0.1:5199.");
            }

            var chosen = parseResult.GetValue(only) ?? [];
            var targets = LoadTargets.For(parseResult.GetValue(listings));
            if (chosen.FirstOrDefault(name => !targets.Any(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))) is { } unknown)
            {
                throw new CliException($"No load target is called \"{unknown}\"; the targets are: {string.Join(", ", targets.Select(t => t.Name))}.");
            }

            var results = new List<LoadResult>();
            foreach (var target in targets.Where((t, i) => i == 0 || chosen.Length == 0 || chosen.Contains(t.Name, StringComparer.OrdinalIgnoreCase)))
            {
                await output.Error.WriteLineAsync($"{target.Name}: {parseResult.GetValue(connections)} connections for {parseResult.GetValue(seconds)} s…");
                results.Add(await LoadClient.RunAsync(baseUri, target, Math.Clamp(parseResult.GetValue(connections), 1, 1024),
                    TimeSpan.FromSeconds(Math.Clamp(parseResult.GetValue(seconds), 1, 3600)), ct));
            }

            await output.Out.WriteLineAsync(parseResult.GetValue(json) ? JsonSerializer.Serialize(results, Json) : Table(results));
            return results.Any(r => r.Errors > 0) ? ExitCodes.HandledError : ExitCodes.Success;
        }));
        return load;
    }

    private static string Table(List<LoadResult> results)
    {
        var ceiling = results[0].RequestsPerSecond;
        var lines = new List<string> { $"{"target",-14} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"of static",10}" };
        lines.AddRange(results.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Name,-14} {r.RequestsPerSecond,10:N0} {r.P50Ms,8:0.0} {r.P99Ms,8:0.0} {r.Errors,7} {r.RequestsPerSecond / ceiling,9:P0}")));
        lines.AddRange(results.Where(r => r.FirstError is not null).Select(r => $"{r.Name}: first error: {r.FirstError}"));
        return string.Join(Environment.NewLine, lines);
    }
}
