using System.Net;
using JobScout.Core.Scams;
using JobScout.Core.Sources;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Scams;

/// <summary>The scam checker's signals become the flags of crawled listings, and listing pages explain them.</summary>
public sealed class ListingFlagTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("After the interview our team lead will add you on Telegram for onboarding.", "off-platform-contact")]
    [InlineData("A refundable registration fee of $45 secures your place.", "upfront-payment")]
    [InlineData("You will buy your headset and software licence from our approved vendor.", "upfront-payment")]
    [InlineData("We mail you a check for your equipment; deposit it with your bank app.", "check-deposit")]
    [InlineData("Earnings are paid in USDT to your TRC20 wallet after each recharge.", "crypto-payment")]
    [InlineData("Send your CV to outlier.hiring.team@gmail.com today.", "free-email-domain")]
    public void Each_sign_in_a_listing_becomes_its_flag(string sentence, string flag)
    {
        var listing = Normalize("AI Response Rater", $"<p>Rate chatbot answers for accuracy.</p><p>{sentence}</p>", "https://jobs.example.com/1");

        Assert.Contains(flag, listing.Flags);
    }

    [Fact]
    public void A_genuine_listing_that_warns_about_scams_carries_no_flag()
    {
        var listing = Normalize("AI Response Rater",
            "<p>Rate chatbot answers for accuracy. Paid weekly through PayPal.</p>" +
            "<p>We will never ask you for a fee, never contact you on Telegram or WhatsApp, and never send you a check to deposit.</p>",
            "https://outlier.ai/apply");

        Assert.Empty(listing.Flags);
    }

    [Fact]
    public void An_apply_link_on_a_lookalike_domain_is_explained_on_the_listing_page()
    {
        var signals = ScamChecker.ListingSignals("Rate chatbot answers.", "https://outlier-ai-careers.com/apply");

        Assert.Contains(signals, s => s.Id == "lookalike-domain" && s.Explanation.Contains("outlier.ai", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_listing_page_explains_each_warning_sign()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false", ["JobScout:SeedExamples"] = "false" });
        var store = factory.Services.GetRequiredService<ListingStore>();
        await store.UpsertAsync([Normalize("Data Annotator", "<p>Label images. Contact our HR on WhatsApp to start.</p>", "https://dataannotation-tech.work/apply")], isExample: false);
        var id = (await store.NewestAsync(1)).Single().Id;
        using var visitor = SiteSession.Anonymous(factory);

        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/listings/{id}"));

        Assert.Contains("Check this listing before you apply.", page, StringComparison.Ordinal);
        Assert.Contains("imitates the official dataannotation.tech", page, StringComparison.Ordinal);
        Assert.Contains("Telegram, WhatsApp or Signal", page, StringComparison.Ordinal);
    }

    private static Core.Listings.NormalizedListing Normalize(string title, string html, string applyUrl) => ListingNormalizer.Normalize(new ListingDraft
    {
        Source = "jsonl:flags",
        SourceId = Guid.NewGuid().ToString("N"),
        Title = title,
        Company = "Fernbrook Labs",
        Url = "https://jobs.example.com/listing",
        ApplyUrl = applyUrl,
        Location = "Remote",
        DescriptionHtml = html,
    });

    public void Dispose() => _dir.Dispose();
}
