using JobScout.Core.Sources;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Storage;

/// <summary>When a crawl brings a listing back with other pay, title or eligibility, the earlier values are kept and shown.</summary>
public sealed class ListingHistoryTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task A_pay_cut_between_crawls_is_recorded_and_shown_on_the_listing_page()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false", ["JobScout:SeedExamples"] = "false" });
        var store = factory.Services.GetRequiredService<ListingStore>();
        await store.UpsertAsync([Listing("$21/hour", "Remote - US")], isExample: false);
        await store.UpsertAsync([Listing("$21/hour", "Remote - US")], isExample: false); // unchanged: nothing recorded
        await store.UpsertAsync([Listing("$16/hour", "Remote - US or Canada")], isExample: false);
        await factory.Services.GetRequiredService<IndexFollower>().CatchUpAsync();
        var id = (await store.NewestAsync(1))[0].Id;

        var changes = await store.ChangesAsync(id);

        var pay = Assert.Single(changes, c => c.Field == ListingChangeFields.Pay);
        Assert.Equal(("$21/h", "$16/h"), (pay.From, pay.To));
        Assert.Contains(changes, c => c.Field == ListingChangeFields.Eligibility);
        Assert.DoesNotContain(changes, c => c.Field == ListingChangeFields.Title);
        using var visitor = SiteSession.Anonymous(factory);
        var page = await visitor.GetStringAsync($"/listings/{id}");
        Assert.Contains("Pay changed from <strong>$21/h</strong> to <strong>$16/h</strong>", page, StringComparison.Ordinal);
    }

    private static Core.Listings.NormalizedListing Listing(string pay, string location) => ListingNormalizer.Normalize(new ListingDraft
    {
        Source = "jsonl:history",
        SourceId = "job-1",
        Title = "AI Rater – Finance",
        Company = "Harbourline Data",
        Url = "https://jobs.example.com/1",
        Location = location,
        DescriptionHtml = "<p>Rate AI answers about finance against a rubric.</p>",
        PayText = pay,
    });

    public void Dispose() => _dir.Dispose();
}
