using FsCheck;
using FsCheck.Fluent;
using JobScout.Core.Crawling;
using JobScout.Core.Pay;
using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Infrastructure.Search;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Resilience;

/// <summary>
/// Thousands of generated hostile inputs to the code that reads what strangers write: search queries, pay text, JSON-LD
/// in crawled pages and robots.txt. No exception may escape, and what comes out must still make sense.
/// </summary>
public sealed class HostileInputProperties : IAsyncLifetime
{
    private const int Runs = 2000;
    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(Runs).WithEndSize(200);
    private readonly TempDirectory _dir = new();
    private ServiceProvider? _services;

    public async Task InitializeAsync() => _services = await TestServices.CreateInitializedAsync(_dir.Path, seedExamples: true);

    [Fact]
    public void Any_query_is_searched_or_explained_never_thrown()
    {
        var searcher = _services!.GetRequiredService<ListingSearcher>();
        var queries = Text(["\"", "(", ")", "[", "]", "{", "}", ":", "*", "?", "~", "^", "!", "+", "-", "&&", "||", "\\", "/", " AND ", " OR ", " NOT ",
            "title:", "rater", "annotation", "legal", "\0", "\u202e", "𝕏", "<script>", "' OR 1=1 --", " ", "10", "TO"]);

        Prop.ForAll(queries, query =>
        {
            var results = searcher.Search(new SearchRequest(query) { WithFacets = true });
            return results.Hits.Count <= 20 && results.Total >= 0;
        }).Check(Thorough);
    }

    [Fact]
    public void Any_pay_text_parses_to_a_sane_range_or_to_nothing()
    {
        var pay = Text(["$", "€", "£", "USD", "EUR", "1", "5", "25", "40", "100", "1000000", "99999999999999999999", ".", ",", ".50", "k", "K", "M",
            "-", "–", "—", " to ", "up to ", "/hour", "/hr", " per hour", "/year", " a year", "/day", " per task", " per week", "hourly",
            "annually", "DOE", "0", "-5", " ", "\u00a0", "٣", "1e9"]);

        Prop.ForAll(pay, text =>
        {
            var range = PayTextParser.Parse(text);
            return range is null
                   || ((range.Min is null || range.Min >= 0) && (range.Max is null || range.Max >= 0)
                       && (range.Min is null || range.Max is null || range.Min <= range.Max)
                       && (range.HourlyMin is null || range.HourlyMax is null || range.HourlyMin <= range.HourlyMax));
        }).Check(Thorough);
    }

    [Fact]
    public void Any_json_ld_in_a_page_is_read_or_reported_never_thrown()
    {
        var parser = new JsonLdPageBoard();
        var json = Text(["{", "}", "[", "]", ":", ",", "\"@type\"", "\"JobPosting\"", "\"@graph\"", "\"@context\"", "\"title\"", "\"AI Rater\"",
            "\"baseSalary\"", "\"value\"", "\"minValue\"", "-1", "1e400", "null", "true", "\"", "\\", "\\u0000", "\"datePosted\"", "\"2026-13-45\"",
            "\"hiringOrganization\"", "\"description\"", "\"<script>alert(1)</script>\"", "</script>", "<!--"]);
        var pages = json.Generator.Select(body => $"<html><head><script type=\"application/ld+json\">{body}</script></head><body></body></html>").ToArbitrary();

        Prop.ForAll(pages, page =>
        {
            try
            {
                var parsed = parser.Parse(page, "fuzz");
                return parsed.Listings.All(l => !string.IsNullOrWhiteSpace(l.Title) && !l.Title.Contains("<script", StringComparison.OrdinalIgnoreCase));
            }
            catch (SourceFormatException refused)
            {
                // The crawler's "this payload is not what it should be": recorded on the run with this message.
                return refused.Message.Length > 0;
            }
        }).Check(Thorough);
    }

    [Fact]
    public void Any_robots_txt_is_parsed_and_answers_for_any_path()
    {
        var lines = Text(["User-agent: *\n", "User-agent: JobScout\n", "user-AGENT:jobscout/1.0\n", "Disallow: /\n", "Disallow: /jobs\n", "Disallow:\n",
            "Allow: /\n", "Allow: /jobs/*.json$\n", "Crawl-delay: 5\n", "Crawl-delay: -1\n", "Crawl-delay: 1e99\n", "Sitemap: x\n", "#", "*", "$",
            "\r\n", "\n", ":", " ", "%2F", "\uFEFF", "Disallow: /*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*/*a\n"]);
        var paths = Text(["/", "jobs", "/jobs/", "1.json", "?q=", "%2F", "*", "$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "é"]);

        Prop.ForAll(lines, paths, (content, path) =>
        {
            var rules = RobotsRules.Parse(content, "JobScout");
            _ = rules.IsAllowed(path.StartsWith('/') ? path : "/" + path);
            return rules.CrawlDelay is null || rules.CrawlDelay >= TimeSpan.Zero;
        }).Check(Thorough);
    }

    /// <summary>Strings made of pieces that tend to break readers, mixed with arbitrary text.</summary>
    private static Arbitrary<string> Text(string[] pieces) =>
        Gen.OneOf(Gen.Elements(pieces), ArbMap.Default.ArbFor<string>().Generator.Where(s => s is not null))
            .ArrayOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _dir.Dispose();
    }
}
