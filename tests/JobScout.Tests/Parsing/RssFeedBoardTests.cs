using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class RssFeedBoardTests
{
    private readonly RssFeedBoard _parser = new();

    private ParsedPayload ParseFixture() => _parser.Parse(File.ReadAllText(Paths.Fixture("rss_feed.xml")), "remote-board");

    [Fact]
    public void Own_fixture_splits_company_from_role_and_reads_a_worldwide_contract()
    {
        var parsed = ParseFixture();

        Assert.Equal(3, parsed.Listings.Count);
        var evaluator = parsed.Listings[0];
        Assert.Equal("rss:remote-board", evaluator.Source);
        Assert.Equal("https://jobs.example.test/remote-jobs/fernbrook-ai-ai-response-evaluator-contract", evaluator.SourceId);
        Assert.Equal("AI Response Evaluator (Contract)", evaluator.Title);
        Assert.Equal("Fernbrook AI", evaluator.Company);
        Assert.Equal("https://jobs.example.test/remote-jobs/fernbrook-ai-ai-response-evaluator-contract", evaluator.Url);
        Assert.Equal(evaluator.Url, evaluator.ApplyUrl);
        Assert.Equal("Anywhere in the World, United States", evaluator.Location);
        Assert.True(evaluator.Remote);
        Assert.Empty(evaluator.Countries); // the region is worldwide; the country does not narrow it
        Assert.Equal("contract", evaluator.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), evaluator.PostedAt);
        Assert.Equal(30m, evaluator.Pay?.Min);
        Assert.Equal("USD", evaluator.Pay?.Currency);
        Assert.Equal("hour", evaluator.Pay?.Interval);
        Assert.Equal(30m, evaluator.Pay?.HourlyMin);
        Assert.True(evaluator.Relevant);
        Assert.Contains("<strong>grade AI model responses</strong>", evaluator.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", evaluator.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_only_region_is_not_called_remote_and_gmt_dates_parse()
    {
        var parsed = ParseFixture();

        var engineer = parsed.Listings.Single(l => l.SourceId == "saltmarsh-senior-backend-engineer-88213");
        Assert.Equal("Senior Backend Engineer", engineer.Title);
        Assert.Equal("Saltmarsh Systems", engineer.Company);
        Assert.Equal("https://jobs.example.test/remote-jobs/saltmarsh-systems-senior-backend-engineer", engineer.Url);
        Assert.Equal("USA Only, United States", engineer.Location);
        Assert.Null(engineer.Remote);
        Assert.Equal(["US"], engineer.Countries);
        Assert.Equal("full_time", engineer.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.Zero), engineer.PostedAt);
        Assert.Equal("year", engineer.Pay?.Interval);
        Assert.Equal(150000m, engineer.Pay?.Min);
        Assert.False(engineer.Relevant);
    }

    [Fact]
    public void A_title_without_company_uses_the_feed_title_and_the_link_as_id()
    {
        var parsed = ParseFixture();

        var labeler = parsed.Listings[2];
        Assert.Equal("https://jobs.example.test/remote-jobs/data-labeling-specialist", labeler.SourceId);
        Assert.Equal("Data Labeling Specialist", labeler.Title);
        Assert.Equal("Remote Work Board: Latest Remote Jobs", labeler.Company);
        Assert.Equal("Europe Only, Germany", labeler.Location);
        Assert.Empty(labeler.Countries);
        Assert.Equal("part_time", labeler.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(-5)), labeler.PostedAt);
        Assert.True(labeler.Relevant);
    }

    [Fact]
    public void An_item_without_title_is_reported_and_the_rest_kept()
    {
        var parsed = ParseFixture();

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("job #4", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tue, 24 Nov 2026 10:00:00 +0000", 10, 0)]
    [InlineData("Tue, 24 Nov 2026 10:00:00 GMT", 10, 0)]
    [InlineData("24 Nov 2026 12:00:00 +0200", 12, 2)]
    [InlineData("Wed, 24 Nov 2026 10:00:00 UTC", 10, 0)] // a wrong weekday is ignored
    [InlineData("2026-11-24T10:00:00Z", 10, 0)]
    public void Rfc822_dates_parse_with_their_offset(string text, int hour, int offsetHours)
    {
        var date = RssFeedBoard.ParseRfc822(text);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, hour, 0, 0, TimeSpan.FromHours(offsetHours)), date);
    }

    [Theory]
    [InlineData("not xml at all")]
    [InlineData("")]
    [InlineData("<rss><channel><item></channel></rss>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>")]
    [InlineData("<rss version=\"2.0\"></rss>")]
    public void Malformed_payloads_get_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("rss", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>x</title><item><title>&xxe;</title><guid>1</guid></item></channel></rss>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss version=\"2.0\"><channel><title>x</title><item><title>&c;</title><guid>1</guid></item></channel></rss>")]
    public void Documents_with_a_dtd_are_refused_so_entities_never_expand(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("rss", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }
}
