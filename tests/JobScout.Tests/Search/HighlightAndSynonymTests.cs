using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Search;

public sealed class HighlightAndSynonymTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private ServiceProvider _services = null!;
    private ListingSearcher _searcher = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.CreateInitializedAsync(_dir.Path);
        await _services.GetRequiredService<ListingStore>().UpsertAsync(
        [
            // Entities in the source decode to literal markup in the plain text: it must come back encoded.
            Listings.Make("x", "R&D AI Rater 5<10 <script>alert(1)</script>", "Rate answers &lt;script&gt;steal()&lt;/script&gt; for accuracy & clarity."),
            Listings.Make("h", "Human Feedback Specialist", "Give human feedback on chatbot answers."),
            Listings.Make("l", "Image Labeling Associate", "Draw boxes for a vision model."),
            Listings.Make("j", "JavaScript Code Reviewer for AI", "Review JavaScript written by a model."),
            Listings.Make("e", "Model Evaluator", "Judge model answers."),
        ], false);
        await _services.GetRequiredService<IndexFollower>().CatchUpAsync();
        _searcher = _services.GetRequiredService<ListingSearcher>();
    }

    [Fact]
    public void Highlights_are_html_safe_in_titles_and_snippets()
    {
        var hit = Assert.Single(_searcher.Search(new SearchRequest("rater")).Hits);

        Assert.Equal("R&amp;D AI <mark>Rater</mark> 5&lt;10", hit.TitleHtml); // the script element was dropped when stored
        Assert.DoesNotContain("<script", hit.SnippetHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RLHF", "Human Feedback Specialist")]
    [InlineData("annotation", "Image Labeling Associate")]
    [InlineData("JS", "JavaScript Code Reviewer for AI")]
    public void Synonyms_from_the_taxonomy_widen_the_search(string query, string title)
    {
        Assert.Contains(_searcher.Search(new SearchRequest(query)).Hits, h => h.Title == title);
    }

    [Fact]
    public void Role_types_stay_distinct_and_quoted_phrases_are_exact()
    {
        Assert.DoesNotContain(_searcher.Search(new SearchRequest("rater")).Hits, h => h.Title == "Model Evaluator");
        Assert.Single(_searcher.Search(new SearchRequest("\"human feedback\"")).Hits);
        Assert.Empty(_searcher.Search(new SearchRequest("\"feedback human\"")).Hits);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _dir.Dispose();
    }
}
