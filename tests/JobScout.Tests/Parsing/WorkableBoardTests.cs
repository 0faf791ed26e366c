using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class WorkableBoardTests
{
    private readonly WorkableBoard _parser = new();

    [Fact]
    public void Own_fixture_reads_an_ai_training_contract_with_pay_from_its_description()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("workable_board.json")), "tallyweave");

        Assert.Equal(3, parsed.Listings.Count);
        var trainer = parsed.Listings[0];
        Assert.Equal("workable:tallyweave", trainer.Source);
        Assert.Equal("7A3F9C21D0", trainer.SourceId);
        Assert.Equal("AI Trainer – Finance (Contract)", trainer.Title);
        Assert.Equal("Tallyweave", trainer.Company);
        Assert.Equal("https://apply.example.test/j/7A3F9C21D0", trainer.Url);
        Assert.Equal("https://apply.example.test/j/7A3F9C21D0/apply", trainer.ApplyUrl);
        Assert.Equal("United States; Canada", trainer.Location);
        Assert.True(trainer.Remote);
        Assert.Equal(["US", "CA"], trainer.Countries);
        Assert.Equal("contract", trainer.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 10, 14, 0, 0, 0, TimeSpan.Zero), trainer.PostedAt);
        Assert.Equal(50m, trainer.Pay?.Min);
        Assert.Equal(65m, trainer.Pay?.Max);
        Assert.Equal("USD", trainer.Pay?.Currency);
        Assert.Equal("hour", trainer.Pay?.Interval);
        Assert.Equal(50m, trainer.Pay?.HourlyMin);
        Assert.True(trainer.Relevant);
        Assert.Contains("ai-trainer", trainer.RoleTypes);
    }

    [Fact]
    public void Location_is_built_from_city_region_and_country_without_repeats()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("workable_board.json")), "tallyweave");

        var engineer = parsed.Listings.Single(l => l.SourceId == "B4E8D2A610");
        Assert.Equal("Lisbon, Portugal", engineer.Location);
        Assert.Equal(["PT"], engineer.Countries);
        Assert.Null(engineer.Remote); // telecommuting false does not say on-site
        Assert.Equal("full_time", engineer.EmploymentType);
        Assert.Null(engineer.Pay);
        Assert.False(engineer.Relevant);
    }

    [Fact]
    public void Flat_fields_and_created_at_are_used_when_locations_and_published_on_are_missing()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("workable_board.json")), "tallyweave");

        var annotator = parsed.Listings.Single(l => l.SourceId == "C9D1E3F5A7");
        Assert.Equal("Philippines", annotator.Location);
        Assert.Equal(["PH"], annotator.Countries); // a remote job placed in one country is open to that country
        Assert.True(annotator.Remote);
        Assert.Equal("part_time", annotator.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 9, 30, 0, 0, 0, TimeSpan.Zero), annotator.PostedAt);
        Assert.True(annotator.Relevant);
    }

    [Fact]
    public void Own_fixture_reports_a_job_without_title()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("workable_board.json")), "tallyweave");

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("posting #4", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_account_without_location_key_parses()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.RealWorld("sources/workable_apply-engine.json")), "zego");

        Assert.Equal(2, parsed.Listings.Count);
        Assert.Empty(parsed.Problems);
        var analytics = parsed.Listings[0];
        Assert.Equal("workable:zego", analytics.Source);
        Assert.Equal("B76C11B977", analytics.SourceId);
        Assert.Equal("Analytics Engineer", analytics.Title);
        Assert.Equal("Zego", analytics.Company);
        Assert.Equal("https://apply.workable.com/j/B76C11B977", analytics.Url);
        Assert.Equal("https://apply.workable.com/j/B76C11B977/apply", analytics.ApplyUrl);
        Assert.Equal("London, England, United Kingdom", analytics.Location);
        Assert.Equal(["GB"], analytics.Countries);
        Assert.Null(analytics.Remote);
        Assert.Equal("full_time", analytics.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 7, 10, 0, 0, 0, TimeSpan.Zero), analytics.PostedAt);
        Assert.Contains("About Zego", analytics.Description, StringComparison.Ordinal);
        Assert.False(analytics.Relevant);

        var claims = parsed.Listings[1];
        Assert.Equal("Claims Handler - Third Party", claims.Title);
        Assert.Equal("Halifax, England, United Kingdom", claims.Location);
        Assert.Equal(new DateTimeOffset(2026, 8, 7, 0, 0, 0, TimeSpan.Zero), claims.PostedAt); // published_on, not created_at
        Assert.False(claims.Relevant);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"name\": \"Zego\", \"jobs\": {}}")]
    [InlineData("\"jobs\"")]
    public void Malformed_payloads_get_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("workable", error.Message, StringComparison.Ordinal);
    }
}
