using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Startup;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Support;

/// <summary>The real crawler (HTTP client pipeline, store, index) over a temporary data directory.</summary>
public sealed class CrawlHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CrawlHarness(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    public static async Task<CrawlHarness> CreateAsync(string dataDirectory, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["JobScout:Crawler:AllowPrivateNetworks"] = "true",
            ["JobScout:Crawler:PerHostDelayMilliseconds"] = "0",
            ["JobScout:Crawler:RetryAttempts"] = "0",
            ["JobScout:Crawler:TimeoutSeconds"] = "5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = TestServices.Create(dataDirectory, values);
        await services.GetRequiredService<JobScoutInitializer>().InitializeAsync(seedExamples: false);
        return new CrawlHarness(services);
    }

    public Task<CrawlSummary> RunAsync(SourceOptions source) =>
        _services.GetRequiredService<CrawlRunner>().RunAsync(source, CrawlTrigger.Manual);

    public ListingStore Listings => _services.GetRequiredService<ListingStore>();

    public static SourceOptions Greenhouse(string baseUrl, string board = "quillstone", string? id = null) =>
        new() { Id = id ?? $"gh-{board}", Kind = "greenhouse", Board = board, BaseUrl = baseUrl };

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
