using System.Net;
using JobScout.Infrastructure.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobScout.EndToEnd;

/// <summary>The real site on a real Kestrel socket (loopback) over its own data directory, and a real Chromium.</summary>
public abstract class SiteHost : IAsyncLifetime
{
    public const string AdminEmail = "admin@jobscout.test";
    public const string Password = "e2e password that is long";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "jobscout-e2e", Guid.NewGuid().ToString("N"));
    private HostFactory? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The site has not started.");

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}: run ./test.sh, which installs Debian's chromium.");
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        await BeforeStartAsync();
        _factory = new HostFactory(_dataDirectory, Settings());
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        await _factory.Services.GetRequiredService<AccountService>().RegisterAsync(AdminEmail, "Site admin", Password, UserRole.Admin);
        await SeedAsync(_factory.Services);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>Signs the page's browser context in through the real form.</summary>
    public async Task SignInAsync(IPage page, string email, string password = Password)
    {
        await page.GotoAsync(Url("/account/signin"));
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
    }

    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    protected virtual IDictionary<string, string?> Settings() => new Dictionary<string, string?>();

    protected abstract Task SeedAsync(IServiceProvider services);

    public virtual async Task DisposeAsync()
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

    private sealed class HostFactory(string dataDirectory, IDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("JobScout:DataDirectory", dataDirectory);
            builder.UseSetting("JobScout:Crawler:Enabled", "false");
            builder.UseSetting("JobScout:Crawler:RunOnStart", "false");
            builder.UseSetting("JobScout:RateLimits:SignInPerMinute", "1000"); // journeys sign several people in within a minute
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
