using JobScout.Core.Sources;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace JobScout.EndToEnd;

/// <summary>A site for the account journeys: seeded listings, no examples, and one crawl source served on loopback.</summary>
public sealed class AccountSiteFixture : SiteHost
{
    public const string SourceId = "fernbrook-board";

    public WireMockServer Board { get; } = WireMockServer.Start();

    /// <summary>What the board's Greenhouse API answers from now on.</summary>
    public void ServeBoard(string json)
    {
        Board.ResetMappings();
        Board.Given(Request.Create().WithPath("/v1/boards/fernbrook/jobs").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(json));
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Creates an account through the registration form; the page ends signed in.</summary>
    public async Task RegisterAsync(IPage page, string email, string name)
    {
        if (!page.Url.Contains("/account/register", StringComparison.Ordinal))
        {
            await page.GotoAsync(Url("/account/register"));
        }

        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/register", StringComparison.Ordinal));
    }

    protected override IDictionary<string, string?> Settings()
    {
        ServeBoard("""{ "jobs": [] }""");
        return new Dictionary<string, string?>
        {
            ["JobScout:SeedExamples"] = "false",
            ["JobScout:Crawler:AllowPrivateNetworks"] = "true",
            ["JobScout:Crawler:PerHostDelayMilliseconds"] = "0",
            ["JobScout:Crawler:RetryAttempts"] = "0",
            ["JobScout:Sources:0:Id"] = SourceId,
            ["JobScout:Sources:0:Kind"] = "greenhouse",
            ["JobScout:Sources:0:Board"] = "fernbrook",
            ["JobScout:Sources:0:BaseUrl"] = Board.Url,
        };
    }

    protected override async Task SeedAsync(IServiceProvider services)
    {
        string[] roles = ["Prompt Evaluator", "Data Annotator", "Search Quality Rater", "Fact-Checker"];
        string[] fields = ["Finance", "Healthcare", "Education"];
        var listings = Enumerable.Range(0, 12).Select(i => ListingNormalizer.Normalize(new ListingDraft
        {
            Source = "jsonl:e2e-accounts",
            SourceId = $"acc-{i}",
            Title = $"{roles[i % 4]} – {fields[i % 3]}",
            Company = "Fernbrook Labs",
            Url = $"https://jobs.example.com/fernbrook/{i}",
            Location = "Remote",
            DescriptionHtml = $"<p>Evaluate AI answers about {fields[i % 3].ToLowerInvariant()} against a rubric and write clear feedback.</p>",
            PayText = $"${20 + i}/hour",
            PostedAt = DateTimeOffset.UtcNow.AddHours(-i),
            EmploymentType = "contract",
        })).ToList();
        await services.GetRequiredService<ListingStore>().UpsertAsync(listings, isExample: false);
        await services.GetRequiredService<IndexFollower>().CatchUpAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Board.Stop();
        Board.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class AccountSiteTestGroup : ICollectionFixture<AccountSiteFixture>
{
    public const string Name = "account-site";
}
