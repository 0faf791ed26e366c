using System.Net;
using JobScout.Core.Sources;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobScout.EndToEnd;

/// <summary>The real site on a real Kestrel socket (loopback), with the shipped examples, and a real Chromium.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "jobscout-e2e", Guid.NewGuid().ToString("N"));
    private SiteFactory? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}: run ./test.sh, which installs Debian's chromium.");
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        _factory = new SiteFactory(_dataDirectory);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        await SeedListingsAsync(_factory.Services);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Enough listings for facets, sorting and paging to matter: three role types × three fields, varied pay.</summary>
    private static async Task SeedListingsAsync(IServiceProvider services)
    {
        string[] roles = ["AI Rater", "Model Evaluator", "Data Annotation Specialist"];
        string[] fields = ["Law", "Finance", "Healthcare"];
        var listings = Enumerable.Range(0, 90).Select(i => ListingNormalizer.Normalize(new ListingDraft
        {
            Source = "jsonl:e2e",
            SourceId = $"e2e-{i}",
            Title = $"{roles[i % 3]} – {fields[i / 3 % 3]}",
            Company = $"Brackenfold Labs {i % 7}",
            Url = $"https://jobs.example.com/e2e/{i}",
            Location = "Remote - United States",
            DescriptionHtml = $"<p>Review AI model answers about {fields[i / 3 % 3].ToLowerInvariant()} against a rubric and explain your scores.</p>",
            PayText = $"${15 + ((i * 7) % 80)}/hour",
            PostedAt = DateTimeOffset.UtcNow.AddHours(-i),
            EmploymentType = "contract",
        })).ToList();
        await services.GetRequiredService<ListingStore>().UpsertAsync(listings, isExample: false);
        await services.GetRequiredService<IndexFollower>().CatchUpAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private sealed class SiteFactory(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("JobScout:DataDirectory", dataDirectory);
            builder.UseSetting("JobScout:Crawler:Enabled", "false");
            builder.UseSetting("JobScout:Crawler:RunOnStart", "false");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteTestGroup : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
