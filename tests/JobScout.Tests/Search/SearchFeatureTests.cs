using JobScout.Cli.Benchmarks;
using JobScout.Infrastructure.Search;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Search;

/// <summary>Facets, filters, sorts, synonyms and highlighting over a reproducible index of generated listings.</summary>
public sealed class SearchFeatureTests : IAsyncLifetime
{
    private const int Docs = 600;
    private readonly TempDirectory _dir = new();
    private ServiceProvider _services = null!;
    private ListingSearcher _searcher = null!;

    public Task InitializeAsync()
    {
        _services = TestServices.Create(_dir.Path, clock: new TestClock(SyntheticListings.Anchor));
        var index = _services.GetRequiredService<ListingIndex>();
        var listings = new SyntheticListings(seed: 7).Generate(Docs).ToList();
        index.Apply(listings.Take(Docs / 2).ToList(), Docs / 2); // two commits: facets span segments
        index.Apply(listings.Skip(Docs / 2).ToList(), Docs);
        _searcher = _services.GetRequiredService<ListingSearcher>();
        return Task.CompletedTask;
    }

    [Fact]
    public void Facet_counts_equal_the_counts_of_the_equivalent_filtered_queries()
    {
        var all = _searcher.Search(new SearchRequest(null));

        Assert.Equal(Docs, all.Total);
        foreach (var facet in all.Facets.Where(f => f.Name is not "company"))
        {
            foreach (var value in facet.Values)
            {
                var filtered = _searcher.Search(new SearchRequest(null) { Selections = Select(facet.Name, value.Value), WithFacets = false });
                Assert.True(value.Count == filtered.Total, $"{facet.Name}={value.Value}: facet says {value.Count}, filter finds {filtered.Total}");
            }
        }
    }

    [Fact]
    public void Company_counts_from_the_long_tail_match_filtered_queries()
    {
        var company = _searcher.Search(new SearchRequest("rubric")).Facets.Single(f => f.Name == "company");

        Assert.NotEmpty(company.Values);
        foreach (var value in company.Values.Take(5))
        {
            Assert.Equal(value.Count, _searcher.Search(new SearchRequest("rubric") { Selections = Select("company", value.Value), WithFacets = false }).Total);
        }
    }

    [Fact]
    public void A_facet_is_counted_without_its_own_selection_and_the_others_within_it()
    {
        var plain = _searcher.Search(new SearchRequest(null));
        var roles = plain.Facets.Single(f => f.Name == "role").Values;
        var chosen = new[] { roles[0].Value, roles[1].Value };

        var selected = _searcher.Search(new SearchRequest(null) { Selections = new Dictionary<string, IReadOnlyList<string>> { ["role"] = chosen } });

        Assert.Equal(roles[0].Count + roles[1].Count, selected.Total); // one role per listing: OR within the facet
        var roleFacet = selected.Facets.Single(f => f.Name == "role").Values;
        Assert.Equal(roles.Select(r => (r.Value, r.Count)), roleFacet.Select(r => (r.Value, r.Count))); // drill-sideways
        Assert.All(roleFacet, r => Assert.Equal(chosen.Contains(r.Value), r.Selected));
        Assert.Equal(selected.Total, selected.Facets.Single(f => f.Name == "type").Values.Sum(v => v.Count));
    }

    [Fact]
    public void Minimum_pay_recent_days_country_remote_and_language_filters_hold_for_every_hit()
    {
        var request = new SearchRequest(null, 1, 100) { MinHourly = 60m, RemoteOnly = true, WithFacets = false };
        var paid = _searcher.Search(request);
        Assert.InRange(paid.Total, 1, Docs - 1);
        Assert.All(paid.Hits, h => Assert.True(h.Hourly >= 60m));

        var recent = _searcher.Search(new SearchRequest(null, 1, 100) { PostedWithinDays = 7, WithFacets = false });
        Assert.InRange(recent.Total, 1, Docs - 1);

        var inIndia = _searcher.Search(new SearchRequest(null) { Country = "in" });
        var countries = _searcher.Search(new SearchRequest(null)).Facets.Single(f => f.Name == "country").Values;
        var open = _searcher.Search(new SearchRequest(null) { Selections = Select("country", ListingFields.AnyCountry), WithFacets = false }).Total;
        Assert.Equal(countries.Single(c => c.Value == "IN").Count + open, inIndia.Total); // naming India, or naming no country

        var language = _searcher.Search(new SearchRequest(null)).Facets.Single(f => f.Name == "language").Values[0];
        Assert.Equal(language.Count, _searcher.Search(new SearchRequest(null) { Language = language.Value }).Total);
    }

    [Fact]
    public void Sorting_by_newest_and_by_pay_orders_the_hits()
    {
        var newest = _searcher.Search(new SearchRequest(null, 1, 50) { Sort = SearchSort.Newest }).Hits;
        var pay = _searcher.Search(new SearchRequest("rubric", 1, 50) { Sort = SearchSort.Pay }).Hits;
        var secondPage = _searcher.Search(new SearchRequest("rubric", 2, 50) { Sort = SearchSort.Pay }).Hits;

        Assert.Equal(newest.Select(h => h.PostedAt).OrderDescending(), newest.Select(h => h.PostedAt));
        var paid = pay.Concat(secondPage).Select(h => h.Hourly ?? 0).ToList();
        Assert.Equal(paid.OrderDescending(), paid);
        Assert.Empty(pay.Select(h => h.Id).Intersect(secondPage.Select(h => h.Id)));
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("AND")]
    [InlineData("title:*")]
    [InlineData("*:*")]
    [InlineData("rater OR")]
    [InlineData("((((")]
    [InlineData("a\u0000b\u0007c\u001b[31m")]
    [InlineData("~ ^ : [ ] { } ! \\")]
    public void Hostile_query_syntax_never_fails(string query)
    {
        var results = _searcher.Search(new SearchRequest(query));

        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void A_ten_thousand_character_query_is_cut_and_still_answers()
    {
        var results = _searcher.Search(new SearchRequest(string.Concat(Enumerable.Repeat("rater ", 2000))));

        Assert.Contains("cut", results.Notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("rubric", null)]
    [InlineData("rubric", "role")]
    public void Pay_histogram_buckets_equal_the_counts_of_minimum_pay_searches(string? query, string? selectFacet)
    {
        var selections = selectFacet is null
            ? new Dictionary<string, IReadOnlyList<string>>()
            : Select(selectFacet, _searcher.Search(new SearchRequest(query)).Facets.Single(f => f.Name == selectFacet).Values[0].Value);
        var request = new SearchRequest(query) { Selections = selections, WithFacets = false };
        int AtLeast(decimal pay) => _searcher.Search(request with { MinHourly = pay }).Total;

        var buckets = _searcher.Search(request with { WithHistogram = true }).PayHistogram;

        Assert.Equal(10, buckets.Count);
        Assert.True(buckets.Sum(b => b.Count) > 0);
        foreach (var bucket in buckets)
        {
            var expected = AtLeast(Math.Max(bucket.From, 0.01m)) - (bucket.To is { } to ? AtLeast(to) : 0);
            Assert.True(expected == bucket.Count, $"{bucket.From}–{bucket.To}: histogram says {bucket.Count}, searches find {expected}");
        }
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _dir.Dispose();
    }

    private static Dictionary<string, IReadOnlyList<string>> Select(string facet, string value) => new() { [facet] = [value] };
}
