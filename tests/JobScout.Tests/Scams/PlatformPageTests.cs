using System.Net;
using JobScout.Core.Scams;
using JobScout.Core.Sources;
using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Scams;

/// <summary>The registry's schema, and a platform page built from the registry and the platform's crawled listings.</summary>
public sealed class PlatformPageTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Every_platform_has_domains_a_contact_note_and_a_public_source()
    {
        var registry = PlatformRegistry.Default;

        Assert.True(registry.Platforms.Count >= 16);
        Assert.True(DateOnly.TryParse(registry.Checked, System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.All(registry.Platforms, p =>
        {
            Assert.NotEmpty(p.Domains);
            Assert.All(p.Domains, d => Assert.Matches("^[a-z0-9-]+(\\.[a-z0-9-]+)+$", d));
            Assert.StartsWith("https://", p.Source, StringComparison.Ordinal);
            Assert.True(p.Contact.Length > 20, p.Id);
        });
        Assert.Equal(registry.Platforms.Count, registry.Platforms.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Every_platform_answers_each_topic_with_a_dated_fact_from_its_own_pages()
    {
        var shippedPacks = Directory.GetFiles(Path.Combine(DataPaths.ShippedData, "assessments"), "*.json").Select(f => PackLibrary.Load(f).Id).ToHashSet();

        Assert.All(PlatformRegistry.Default.Platforms, p =>
        {
            Assert.Equal(PlatformFact.Topics.Select(t => t.Topic), p.Facts.Select(f => f.Topic));
            Assert.All(p.Facts, fact =>
            {
                Assert.True(fact.Text.Length > 20, $"{p.Id} {fact.Topic}");
                Assert.True(Uri.TryCreate(fact.Source, UriKind.Absolute, out var source) && source.Scheme == "https", $"{p.Id} {fact.Topic}: {fact.Source}");
                Assert.True(p.Owns(source!.Host.StartsWith("www.", StringComparison.Ordinal) ? source.Host[4..] : source.Host), $"{p.Id} {fact.Topic}: {fact.Source} is not on its own domains");
                Assert.True(DateOnly.TryParseExact(fact.Recorded, "yyyy-MM-dd", out _), $"{p.Id} {fact.Topic}: {fact.Recorded}");
            });
            Assert.All(p.PracticePacks, pack => Assert.Contains(pack, shippedPacks));
        });
    }

    [Fact]
    public async Task A_platform_page_shows_its_facts_open_listings_pay_by_field_and_pay_changes()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false", ["JobScout:SeedExamples"] = "false" });
        var store = factory.Services.GetRequiredService<ListingStore>();
        await store.UpsertAsync([Listing("1", "AI Trainer – Law", "$40/hour"), Listing("2", "Legal Expert Rater", "$60/hour"), Listing("3", "AI Trainer – Finance", "$30/hour")], isExample: false);
        await store.UpsertAsync([Listing("3", "AI Trainer – Finance", "$25/hour")], isExample: false);
        using var visitor = SiteSession.Anonymous(factory);

        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/platforms/outlier"));

        Assert.Contains("outlier.ai", page, StringComparison.Ordinal);
        Assert.Contains("Open listings: 3", page, StringComparison.Ordinal);
        Assert.Contains("<td>Law</td><td>2</td><td>$50/h</td><td>$40–60</td>", page, StringComparison.Ordinal);
        Assert.Contains("pay from <strong>$30/h</strong> to <strong>$25/h</strong>", page, StringComparison.Ordinal);
        Assert.Contains(PlatformRegistry.Default.Find("outlier")!.FactAbout("payment")!.Text, page, StringComparison.Ordinal);
        Assert.Contains("Crawled from</dt>", page, StringComparison.Ordinal);
        Assert.Contains("jsonl:platform (3)", page, StringComparison.Ordinal);
        Assert.Contains($"action=\"/practice/{PlatformRegistry.Default.Find("outlier")!.PracticePacks[0]}/start\"", page, StringComparison.Ordinal);
        Assert.Contains("/platforms/outlier", await visitor.GetStringAsync("/platforms"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/platforms/not-a-platform")).StatusCode);
    }

    private static Core.Listings.NormalizedListing Listing(string id, string title, string pay) => ListingNormalizer.Normalize(new ListingDraft
    {
        Source = "jsonl:platform",
        SourceId = id,
        Title = title,
        Company = "Outlier",
        Url = $"https://jobs.example.com/{id}",
        Location = "Remote",
        DescriptionHtml = $"<p>Review AI answers to {(title.Contains("Finance", StringComparison.Ordinal) ? "finance" : "legal")} questions against a rubric.</p>",
        PayText = pay,
    });

    public void Dispose() => _dir.Dispose();
}
