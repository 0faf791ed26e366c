using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Resilience;

/// <summary>Rendered pages are reused only for anonymous visitors, and only until the index changes.</summary>
public sealed class OutputCacheTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task A_cached_search_page_is_replaced_once_a_new_listing_is_indexed()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false" });
        using var visitor = SiteSession.Anonymous(factory);
        var before = await visitor.GetStringAsync("/search?q=periwinkle");
        Assert.DoesNotContain("Rubric Rater", before, StringComparison.Ordinal);

        await factory.Services.GetRequiredService<ListingStore>().UpsertAsync([Listings.Make("pw-1", "Periwinkle Rubric Rater")], isExample: false);
        await factory.Services.GetRequiredService<IndexFollower>().CatchUpAsync();

        Assert.Contains("Rubric Rater", await visitor.GetStringAsync("/search?q=periwinkle"), StringComparison.Ordinal); // the query word is highlighted
        Assert.Contains("Periwinkle Rubric Rater", await visitor.GetStringAsync("/api/search?q=periwinkle"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_visitors_never_get_a_page_rendered_for_someone_else()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false" });
        using var anonymous = SiteSession.Anonymous(factory);
        using var lena = await SiteSession.SignedInAsync(factory, "lena@example.com");

        var anonymousFirst = await anonymous.GetStringAsync("/search?q=rater");
        var lenaPage = await lena.GetStringAsync("/search?q=rater");
        var anonymousAgain = await anonymous.GetStringAsync("/search?q=rater");

        Assert.DoesNotContain("Save this search", anonymousFirst.Contains("Sign in", StringComparison.Ordinal) ? "" : anonymousFirst, StringComparison.Ordinal);
        Assert.Contains("Sign out", lenaPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign out", anonymousAgain, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
