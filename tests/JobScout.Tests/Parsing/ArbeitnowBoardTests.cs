using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class ArbeitnowBoardTests
{
    private readonly ArbeitnowBoard _parser = new();

    private ParsedPayload ParseFixture() => _parser.Parse(File.ReadAllText(Paths.Fixture("arbeitnow_feed.json")), "board");

    [Fact]
    public void Own_fixture_decodes_escaped_html_and_reads_pay_from_the_text()
    {
        var parsed = ParseFixture();

        Assert.Equal(2, parsed.Listings.Count);
        var evaluator = parsed.Listings[0];
        Assert.Equal("arbeitnow:board", evaluator.Source);
        Assert.Equal("ai-response-evaluator-contract-german-speakers-remote-410233", evaluator.SourceId);
        Assert.Equal("AI Response Evaluator (Contract) – German speakers", evaluator.Title);
        Assert.Equal("Kranich Sprachdaten GmbH", evaluator.Company);
        Assert.Equal("https://www.arbeitnow.example.test/jobs/companies/kranich-sprachdaten/ai-response-evaluator-contract-german-speakers-remote-410233", evaluator.Url);
        Assert.Equal(evaluator.Url, evaluator.ApplyUrl);
        Assert.Equal("Remote", evaluator.Location);
        Assert.True(evaluator.Remote);
        Assert.Empty(evaluator.Countries);
        Assert.Equal("contract", evaluator.EmploymentType); // the level "Professional / Experienced" is passed over
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 14, 30, 0, TimeSpan.Zero), evaluator.PostedAt);
        Assert.Contains("Bewerte Antworten von KI-Modellen auf Deutsch & Englisch.", evaluator.Description, StringComparison.Ordinal);
        Assert.Contains("<li>Flexible Arbeitszeiten</li>", evaluator.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", evaluator.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal(28m, evaluator.Pay?.Min);
        Assert.Equal("EUR", evaluator.Pay?.Currency);
        Assert.Equal("hour", evaluator.Pay?.Interval);
        Assert.Equal(28m, evaluator.Pay?.HourlyMin);
        Assert.True(evaluator.Relevant);
    }

    [Fact]
    public void An_on_site_job_keeps_remote_false_and_its_job_type()
    {
        var parsed = ParseFixture();

        var engineer = parsed.Listings.Single(l => l.SourceId == "senior-backend-engineer-munchen-409871");
        Assert.Equal("Senior Backend Engineer (m/w/d)", engineer.Title);
        Assert.Equal("Isarwerk Software AG", engineer.Company);
        Assert.Equal("München", engineer.Location);
        Assert.False(engineer.Remote);
        Assert.Equal("full_time", engineer.EmploymentType);
        Assert.Null(engineer.Pay);
        Assert.False(engineer.Relevant);
    }

    [Fact]
    public void A_job_without_title_is_reported_and_the_next_page_is_read()
    {
        var payload = File.ReadAllText(Paths.Fixture("arbeitnow_feed.json"));

        var problem = Assert.Single(_parser.Parse(payload, "board").Problems);
        Assert.Contains("job #3", problem, StringComparison.Ordinal);
        Assert.Equal("https://www.arbeitnow.example.test/api/job-board-api?page=2", ArbeitnowBoard.NextPage(payload));
    }

    [Theory]
    [InlineData("{\"data\": [], \"links\": {\"next\": null}}")]
    [InlineData("{\"data\": [], \"links\": {\"next\": \"\"}}")]
    [InlineData("{\"data\": []}")]
    [InlineData("<html>")]
    public void No_next_link_means_the_last_page(string payload)
    {
        Assert.Null(ArbeitnowBoard.NextPage(payload));
    }

    [Fact]
    public void Real_payload_with_german_text_and_escaped_html_parses()
    {
        var payload = File.ReadAllText(Paths.RealWorld("sources/arbeitnow_hunt.json"));

        var parsed = _parser.Parse(payload, "board");

        Assert.Equal(2, parsed.Listings.Count);
        Assert.Empty(parsed.Problems);
        Assert.Null(ArbeitnowBoard.NextPage(payload));
        var student = parsed.Listings[0];
        Assert.Equal("werkstudent-customer-success-berlin-berlin-72879", student.SourceId);
        Assert.Equal("Werkstudent Customer Success (x/f/m)", student.Title);
        Assert.Equal("Doctolib", student.Company);
        Assert.Equal("https://www.arbeitnow.com/jobs/companies/doctolib/werkstudent-customer-success-berlin-berlin-72879", student.Url);
        Assert.Equal("Berlin, Berlin", student.Location);
        Assert.False(student.Remote);
        Assert.Empty(student.Countries);
        Assert.Null(student.EmploymentType);
        Assert.Null(student.Pay);
        Assert.Equal(new DateTimeOffset(2026, 9, 26, 8, 55, 15, TimeSpan.Zero), student.PostedAt);
        Assert.Contains("<h2>Gemeinsam gestalten wir die Gesundheitsversorgung der Zukunft</h2>", student.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("Doctolib sucht Dich ab sofort als Werkstudent:in", student.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", student.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("&nbsp;", student.Description, StringComparison.Ordinal);
        Assert.False(student.Relevant);
        Assert.Equal("(Senior) Key Account Success Manager (x/f/m)", parsed.Listings[1].Title);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"jobs\": []}")]
    [InlineData("[]")]
    public void Malformed_payloads_get_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("arbeitnow", error.Message, StringComparison.Ordinal);
    }
}
