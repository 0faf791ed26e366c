using System.Net;
using JobScout.Cli.Benchmarks;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JobScout.Tests.Resilience;

/// <summary>
/// The load run in its short form: the real site on a loopback socket over 3,000 generated listings, 16 connections,
/// 3 s per target. No request may fail; the figures are reported, not asserted (scripts/load-test.sh is the full form).
/// </summary>
[Trait("Category", "Load")]
[Trait("Provider", "Sqlite")]
public sealed class LoadSmokeTests(ITestOutputHelper output) : IDisposable
{
    private const int Listings = 3_000;
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Static_file_search_page_api_and_listing_pages_answer_every_request_under_load()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?>
        {
            ["JobScout:SeedExamples"] = "false",
            ["JobScout:Crawler:Enabled"] = "false",
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await LoadSeeder.SeedAsync(factory.Services.GetRequiredService<ListingStore>(), factory.Services.GetRequiredService<IndexFollower>(), Listings, _ => { });

        var results = new List<LoadResult>();
        foreach (var target in LoadTargets.For(Listings))
        {
            results.Add(await LoadClient.RunAsync(address, target, connections: 16, TimeSpan.FromSeconds(3)));
        }

        var ceiling = results[0].RequestsPerSecond;
        foreach (var r in results)
        {
            var line = $"load (short form, {Listings} listings, 16 connections, 3 s): {r.Name}: {r.RequestsPerSecond:0} req/s, p50 {r.P50Ms:0.0} ms, p99 {r.P99Ms:0.0} ms, {r.Errors} errors, {r.RequestsPerSecond / ceiling:P0} of static";
            output.WriteLine(line);
            await File.AppendAllTextAsync(Path.Combine(AppContext.BaseDirectory, "resilience-figures.txt"), $"{DateTimeOffset.UtcNow:O} {line}\n");
        }

        Assert.All(results, r =>
        {
            Assert.True(r.Errors == 0, $"{r.Name}: {r.Errors} errors, first: {r.FirstError}");
            Assert.True(r.Requests > 100, $"{r.Name}: only {r.Requests} requests");
        });
    }

    public void Dispose() => _dir.Dispose();
}
