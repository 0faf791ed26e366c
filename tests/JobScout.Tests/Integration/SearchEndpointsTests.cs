using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using JobScout.Tests.Support;

namespace JobScout.Tests.Integration;

/// <summary>The search page's twins: JSON, Atom and OpenAPI; and JSON-LD on listing pages.</summary>
public sealed partial class SearchEndpointsTests : IDisposable
{
    private const string Search = "?q=model&role=model-evaluator&role=response-reviewer&sort=pay";
    private readonly TempDirectory _dir = new();
    private readonly JobScoutWebFactory _factory;
    private readonly HttpClient _client;

    public SearchEndpointsTests()
    {
        _factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false" });
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task The_json_twin_returns_the_same_hits_as_the_page()
    {
        var page = await _client.GetStringAsync(new Uri("/search" + Search, UriKind.Relative));
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search" + Search, UriKind.Relative)));

        var pageIds = ListingLink().Matches(page).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var apiIds = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()).ToList();
        Assert.NotEmpty(apiIds);
        Assert.Equal(apiIds, pageIds);
        Assert.Equal(apiIds.Count, json.RootElement.GetProperty("total").GetInt32());
        var roles = json.RootElement.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "role");
        Assert.Contains(roles.GetProperty("values").EnumerateArray(), v => v.GetProperty("selected").GetBoolean());
    }

    [Fact]
    public async Task The_atom_feed_parses_as_atom()
    {
        var response = await _client.GetAsync(new Uri("/search.atom?q=rater", UriKind.Relative));
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());

        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(formatter.Feed.Items);
        Assert.All(formatter.Feed.Items, item => Assert.Contains("/listings/", item.Links[0].Uri.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_api_is_described_by_openapi()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var search = document.RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        Assert.Contains(search.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "minpay");
    }

    [Fact]
    public async Task Listing_pages_carry_job_posting_json_ld()
    {
        var page = await _client.GetStringAsync(new Uri("/search?q=rater", UriKind.Relative));
        var id = ListingLink().Match(page).Groups[1].Value;

        var listing = await _client.GetStringAsync(new Uri($"/listings/{id}", UriKind.Relative));
        var block = JsonLdBlock().Match(listing).Groups[1].Value;
        using var json = JsonDocument.Parse(block);

        Assert.Equal("JobPosting", json.RootElement.GetProperty("@type").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
        Assert.Equal("Organization", json.RootElement.GetProperty("hiringOrganization").GetProperty("@type").GetString());
        Assert.DoesNotContain("</script", block, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_search_that_matches_nothing_suggests_which_filter_to_drop()
    {
        var page = await _client.GetStringAsync(new Uri("/search?q=rater&minpay=9000", UriKind.Relative));

        Assert.Contains("No listings match", page, StringComparison.Ordinal);
        Assert.Contains("Remove the minimum pay", page, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _dir.Dispose();
    }

    [GeneratedRegex("<h2 class=\"h5 card-title mb-1\">\\s*<a href=\"/listings/(\\d+)\"")]
    private static partial Regex ListingLink();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();
}
