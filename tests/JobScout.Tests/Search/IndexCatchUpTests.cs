using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Search;

public sealed class IndexCatchUpTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Rows_stored_while_the_index_was_not_updated_are_indexed_on_the_next_start()
    {
        await using (var first = await TestServices.CreateInitializedAsync(_dir.Path))
        {
            await first.GetRequiredService<ListingStore>().UpsertAsync([Listings.Make("a", "AI Rater")], false);
            await first.GetRequiredService<IndexFollower>().CatchUpAsync();
            // The "crash": these rows reach the database, the process dies before indexing them.
            await first.GetRequiredService<ListingStore>().UpsertAsync(
                [Listings.Make("b", "Prompt Evaluator", "Write and judge prompts."), Listings.Make("c", "Search Quality Rater")], false);
            Assert.Equal(1, first.GetRequiredService<ListingIndex>().CommittedSequence);
        }

        await using var restarted = await TestServices.CreateInitializedAsync(_dir.Path);
        var index = restarted.GetRequiredService<ListingIndex>();

        Assert.Equal(3, index.CommittedSequence);
        Assert.Equal(3, index.DocumentCount);
        var hit = Assert.Single(restarted.GetRequiredService<ListingSearcher>().Search(new SearchRequest("prompt")).Hits);
        Assert.Equal("Prompt Evaluator", hit.Title);
    }

    [Theory]
    [InlineData(1_000, true)]
    [InlineData(100_000, false)]
    public async Task A_bulk_catch_up_merges_the_index_into_one_segment(int compactAfter, bool merged)
    {
        await using var services = TestServices.Create(_dir.Path, new Dictionary<string, string?> { ["JobScout:Index:CompactAfterChanges"] = compactAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await services.GetRequiredService<JobScout.Infrastructure.Startup.JobScoutInitializer>().InitializeAsync(seedExamples: false);
        var listings = Enumerable.Range(1, 4_500).Select(i => Listings.Make($"bulk-{i}", $"AI Rater {i}")).ToList();
        await services.GetRequiredService<ListingStore>().UpsertAsync(listings, false);
        var index = services.GetRequiredService<ListingIndex>();

        var result = await services.GetRequiredService<IndexFollower>().CatchUpAsync(); // three batches, three commits

        Assert.Equal(4_500, result.Applied);
        Assert.Equal(merged, index.SegmentCount == 1);
        Assert.Equal(4_500, index.DocumentCount);
        Assert.Equal(4_500, services.GetRequiredService<ListingSearcher>().Search(new SearchRequest("rater")).Total);
        Assert.Equal(result.Sequence, index.CommittedSequence);
    }

    [Fact]
    public async Task Closed_listings_leave_the_index_and_a_rebuild_matches_the_database()
    {
        await using var services = await TestServices.CreateInitializedAsync(_dir.Path, seedExamples: true);
        var index = services.GetRequiredService<ListingIndex>();
        Assert.Equal(ShippedExamples.Relevant, index.DocumentCount);

        await services.GetRequiredService<ListingStore>().UpsertAsync([Listings.Make("real", "AI Trainer")], false);
        await services.GetRequiredService<ListingStore>().RetireExamplesAsync();
        await services.GetRequiredService<IndexFollower>().CatchUpAsync();
        Assert.Equal(1, index.DocumentCount);

        var rebuilt = await services.GetRequiredService<IndexFollower>().RebuildAsync();
        Assert.Equal(1, index.DocumentCount);
        Assert.Equal(await services.GetRequiredService<ListingStore>().CurrentSequenceAsync(), rebuilt.Sequence);
    }

    [Theory]
    [InlineData("rater AND (")]
    [InlineData("\"unclosed phrase")]
    [InlineData("title:[a TO")]
    [InlineData("*wild")]
    public async Task Bad_query_syntax_is_searched_as_plain_words_with_a_notice(string query)
    {
        await using var services = await TestServices.CreateInitializedAsync(_dir.Path, seedExamples: true);

        var results = services.GetRequiredService<ListingSearcher>().Search(new SearchRequest(query));

        Assert.NotNull(results.Notice);
        Assert.Contains("plain words", results.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stemming_matches_other_forms_of_a_word_and_title_matches_rank_first()
    {
        await using var services = await TestServices.CreateInitializedAsync(_dir.Path);
        await services.GetRequiredService<ListingStore>().UpsertAsync(
        [
            Listings.Make("t", "Evaluator of chatbot answers", "Review outputs for accuracy."),
            Listings.Make("d", "Writing Specialist", "You will be evaluating model responses."),
        ], false);
        await services.GetRequiredService<IndexFollower>().CatchUpAsync();

        var results = services.GetRequiredService<ListingSearcher>().Search(new SearchRequest("evaluate"));

        Assert.Equal(["Evaluator of chatbot answers", "Writing Specialist"], results.Hits.Select(h => h.Title));
    }

    public void Dispose() => _dir.Dispose();
}
