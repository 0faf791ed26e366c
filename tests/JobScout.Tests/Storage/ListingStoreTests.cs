using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Storage;

public sealed class ListingStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Upsert_inserts_skips_unchanged_and_updates_changed_with_a_growing_sequence()
    {
        await using var services = await TestServices.CreateInitializedAsync(_dir.Path);
        var store = services.GetRequiredService<ListingStore>();

        var first = await store.UpsertAsync([Listings.Make("a", "AI Rater"), Listings.Make("b", "Data Annotator")], false);
        var again = await store.UpsertAsync([Listings.Make("a", "AI Rater"), Listings.Make("b", "Data Annotator")], false);
        var changed = await store.UpsertAsync([Listings.Make("a", "AI Rater (Spanish)")], false);

        Assert.Equal(new UpsertCounts(2, 0, 0), first);
        Assert.Equal(new UpsertCounts(0, 0, 2), again);
        Assert.Equal(new UpsertCounts(0, 1, 0), changed);
        var changes = await store.ChangedSinceAsync(0, 10);
        Assert.Equal(["Data Annotator", "AI Rater (Spanish)"], changes.Select(c => c.Listing.Title));
        Assert.Equal([2L, 3L], changes.Select(c => c.ChangeSeq));
        Assert.Equal(3, await store.CurrentSequenceAsync());
    }

    [Fact]
    public async Task Retiring_examples_closes_them_with_new_sequence_numbers()
    {
        await using var services = await TestServices.CreateInitializedAsync(_dir.Path, seedExamples: true);
        var store = services.GetRequiredService<ListingStore>();
        var before = await store.StatsAsync();
        Assert.Equal(ShippedExamples.Relevant, before.OpenListings);

        await store.UpsertAsync([Listings.Make("real", "AI Trainer")], false);
        var retired = await store.RetireExamplesAsync();

        Assert.Equal(ShippedExamples.Relevant, retired);
        var after = await store.StatsAsync();
        Assert.Equal(1, after.OpenListings);
        Assert.Equal(before.ChangeSequence + ShippedExamples.Relevant + 1, after.ChangeSequence);
        var newest = Assert.Single(await store.NewestAsync(10));
        Assert.False(newest.IsExample);
    }

    public void Dispose() => _dir.Dispose();
}
