using JobScout.Infrastructure.Accounts;
using JobScout.Tests.Accounts;
using JobScout.Tests.Support;

namespace JobScout.Tests.Integration;

/// <summary>Admins see on a listing's page why it was judged AI-training work; visitors do not.</summary>
public sealed class ListingRelevanceEvidenceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task An_admin_sees_the_relevance_evidence_and_an_anonymous_visitor_does_not()
    {
        using var factory = AccountsSite.Create(_dir.Path);
        var ids = await AccountsSite.AddListingsAsync(factory, "AI Rater – Search Results");
        using var admin = await SiteSession.SignedInAsync(factory, "admin@example.com", UserRole.Admin);
        using var visitor = SiteSession.Anonymous(factory);

        var adminPage = await admin.GetStringAsync($"/listings/{ids[0]}");
        var visitorPage = await visitor.GetStringAsync($"/listings/{ids[0]}");

        Assert.Contains("Why this listing counts as AI-training work (score ", adminPage, StringComparison.Ordinal);
        Assert.Contains("title names AI-training work:", adminPage, StringComparison.Ordinal);
        Assert.DoesNotContain("relevance-evidence", visitorPage, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
