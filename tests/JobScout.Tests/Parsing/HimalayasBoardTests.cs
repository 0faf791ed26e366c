using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class HimalayasBoardTests
{
    private readonly HimalayasBoard _parser = new();

    private ParsedPayload ParseFixture() => _parser.Parse(File.ReadAllText(Paths.Fixture("himalayas_feed.json")), "search");

    [Fact]
    public void Own_fixture_reads_a_rater_contract_with_hourly_pay_and_country_codes()
    {
        var parsed = ParseFixture();

        Assert.Equal(2, parsed.Listings.Count);
        var rater = parsed.Listings[0];
        Assert.Equal("himalayas:search", rater.Source);
        Assert.Equal("https://himalayas.example.test/companies/meridian-relay/jobs/search-quality-rater-contract", rater.SourceId);
        Assert.Equal("Search Quality Rater (Contract)", rater.Title);
        Assert.Equal("Meridian Relay", rater.Company);
        Assert.Equal(rater.SourceId, rater.Url);
        Assert.Equal(rater.SourceId, rater.ApplyUrl);
        Assert.Equal("United States, Canada, United Kingdom", rater.Location);
        Assert.True(rater.Remote);
        Assert.Equal(["US", "CA", "GB"], rater.Countries);
        Assert.Equal("contract", rater.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 7, 45, 0, TimeSpan.Zero), rater.PostedAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 20, 9, 0, 0, TimeSpan.Zero), rater.ValidThrough);
        Assert.Equal(18m, rater.Pay?.Min);
        Assert.Equal(24.5m, rater.Pay?.Max);
        Assert.Equal("USD", rater.Pay?.Currency);
        Assert.Equal("hour", rater.Pay?.Interval);
        Assert.Equal(18m, rater.Pay?.HourlyMin);
        Assert.True(rater.Relevant);
        Assert.Contains("judge search results & AI answers", rater.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_guid_and_description_fall_back_to_link_and_excerpt()
    {
        var parsed = ParseFixture();

        var engineer = parsed.Listings[1];
        Assert.Equal("https://himalayas.example.test/companies/voltarc-transit/jobs/senior-backend-engineer", engineer.SourceId);
        Assert.Equal(engineer.SourceId, engineer.Url);
        Assert.Equal("Senior Backend Engineer", engineer.Title);
        Assert.Contains("Build the billing platform", engineer.Description, StringComparison.Ordinal);
        Assert.Equal("full_time", engineer.EmploymentType);
        Assert.Equal("EUR", engineer.Pay?.Currency);
        Assert.Equal("year", engineer.Pay?.Interval);
        Assert.Equal(67.31m, engineer.Pay?.HourlyMin);
        Assert.Empty(engineer.Countries); // "Atlantis" is no country: an unknown name empties the list rather than narrow it
        Assert.True(engineer.Remote);
        Assert.False(engineer.Relevant);
    }

    [Fact]
    public void A_job_without_title_is_reported_and_the_cursor_is_read()
    {
        var payload = File.ReadAllText(Paths.Fixture("himalayas_feed.json"));

        var problem = Assert.Single(_parser.Parse(payload, "search").Problems);
        Assert.Contains("job #3", problem, StringComparison.Ordinal);
        Assert.Equal("MjAyNi0xMS0yMlQwNzo0NTowMFp8OTkwMDE", HimalayasBoard.NextCursor(payload));
    }

    [Theory]
    [InlineData("{\"jobs\": [], \"nextCursor\": \"\"}")]
    [InlineData("{\"jobs\": [], \"nextCursor\": null}")]
    [InlineData("{\"jobs\": []}")]
    [InlineData("not json")]
    public void No_cursor_means_the_last_page(string payload)
    {
        Assert.Null(HimalayasBoard.NextCursor(payload));
    }

    [Fact]
    public void Real_payload_reads_the_ai_assistant_evaluator_contract()
    {
        var payload = File.ReadAllText(Paths.RealWorld("sources/himalayas_hunt.json"));

        var parsed = _parser.Parse(payload, "api");

        Assert.Equal(2, parsed.Listings.Count);
        Assert.Empty(parsed.Problems);
        Assert.Equal("MjAyNi0wOS0yNlQwNDozMToyMC42NTI3MzJafDIyODM1MTg", HimalayasBoard.NextCursor(payload));
        var evaluator = parsed.Listings[0];
        Assert.Equal("himalayas:api", evaluator.Source);
        Assert.Equal("https://himalayas.app/companies/micro1/jobs/gmail-google-calendar-ai-assistant-evaluator", evaluator.SourceId);
        Assert.Equal("Gmail & Google Calendar AI Assistant Evaluator", evaluator.Title);
        Assert.Equal("micro1", evaluator.Company);
        Assert.Equal("https://himalayas.app/companies/micro1/jobs/gmail-google-calendar-ai-assistant-evaluator", evaluator.ApplyUrl);
        Assert.Equal("United States", evaluator.Location);
        Assert.Equal(["US"], evaluator.Countries);
        Assert.True(evaluator.Remote);
        Assert.Equal("contract", evaluator.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 9, 26, 5, 38, 56, TimeSpan.Zero), evaluator.PostedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 5, 38, 56, TimeSpan.Zero), evaluator.ValidThrough);
        Assert.Equal(15m, evaluator.Pay?.Min);
        Assert.Equal(30m, evaluator.Pay?.Max);
        Assert.Equal("USD", evaluator.Pay?.Currency);
        Assert.Equal("hour", evaluator.Pay?.Interval);
        Assert.Equal(15m, evaluator.Pay?.HourlyMin);
        Assert.Equal(30m, evaluator.Pay?.HourlyMax);
        Assert.True(evaluator.Relevant);
        Assert.Contains("Role Title: Gmail & Google Calendar AI Assistant Evaluator", evaluator.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_payload_reads_an_annual_salary_for_a_non_relevant_job()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.RealWorld("sources/himalayas_hunt.json")), "api");

        var operations = parsed.Listings[1];
        Assert.Equal("IT Operations Specialist", operations.Title);
        Assert.Equal("abridge", operations.Company);
        Assert.Equal("full_time", operations.EmploymentType);
        Assert.Equal(100000m, operations.Pay?.Min);
        Assert.Equal(115000m, operations.Pay?.Max);
        Assert.Equal("year", operations.Pay?.Interval);
        Assert.Equal(48.08m, operations.Pay?.HourlyMin);
        Assert.Equal(new DateTimeOffset(2026, 9, 26, 4, 31, 20, TimeSpan.Zero), operations.PostedAt);
        Assert.False(operations.Relevant);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"offset\": 0, \"limit\": 20}")]
    [InlineData("[{\"title\": \"x\"}]")]
    public void Malformed_payloads_get_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("himalayas", error.Message, StringComparison.Ordinal);
    }
}
