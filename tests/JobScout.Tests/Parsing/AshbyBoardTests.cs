using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class AshbyBoardTests
{
    private readonly AshbyBoard _parser = new();

    [Fact]
    public void Own_fixture_reads_an_ai_training_contract_with_structured_hourly_pay()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("ashby_board.json")), "meridianloop");

        Assert.Equal(3, parsed.Listings.Count);
        var trainer = parsed.Listings[0];
        Assert.Equal("ashby:meridianloop", trainer.Source);
        Assert.Equal("5a0c9e21-7f4b-4d3a-a1e6-2b8c4d6e8f01", trainer.SourceId);
        Assert.Equal("AI Trainer – Finance (Contract)", trainer.Title);
        Assert.Equal("meridianloop", trainer.Company);
        Assert.Equal("https://jobs.example.test/meridianloop/5a0c9e21-7f4b-4d3a-a1e6-2b8c4d6e8f01", trainer.Url);
        Assert.Equal("https://jobs.example.test/meridianloop/5a0c9e21-7f4b-4d3a-a1e6-2b8c4d6e8f01/application", trainer.ApplyUrl);
        Assert.Equal("Remote (US); Remote (Canada)", trainer.Location);
        Assert.True(trainer.Remote);
        Assert.Equal(["US", "CA"], trainer.Countries);
        Assert.Equal("contract", trainer.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 10, 20, 15, 4, 5, 120, TimeSpan.Zero), trainer.PostedAt);
        Assert.Equal(50m, trainer.Pay?.Min);
        Assert.Equal(70m, trainer.Pay?.Max);
        Assert.Equal("USD", trainer.Pay?.Currency);
        Assert.Equal("hour", trainer.Pay?.Interval);
        Assert.Equal(50m, trainer.Pay?.HourlyMin);
        Assert.Equal("$50 – $70 per hour", trainer.Pay?.Text);
        Assert.True(trainer.Relevant);
        Assert.Contains("ai-trainer", trainer.RoleTypes);
        Assert.DoesNotContain("style", trainer.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Hybrid_wins_over_is_remote_and_only_the_salary_component_is_pay()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("ashby_board.json")), "meridianloop");

        var engineer = parsed.Listings.Single(l => l.Title == "Senior Backend Engineer");
        Assert.False(engineer.Remote);
        Assert.False(engineer.Relevant);
        Assert.Equal("New York, NY", engineer.Location);
        Assert.Equal(["US"], engineer.Countries);
        Assert.Equal("full_time", engineer.EmploymentType);
        Assert.Equal(180000m, engineer.Pay?.Min);
        Assert.Equal(220000m, engineer.Pay?.Max);
        Assert.Equal("year", engineer.Pay?.Interval);
        Assert.Equal(86.54m, engineer.Pay?.HourlyMin);
    }

    [Fact]
    public void Plain_description_is_used_when_the_html_is_empty_and_its_pay_line_is_read()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("ashby_board.json")), "meridianloop");

        var annotator = parsed.Listings.Single(l => l.SourceId == "2e4a6c8e-0b1d-4f3a-8c5e-7a9b1d3f5e06");
        Assert.Contains("Outline organs on CT scans", annotator.Description, StringComparison.Ordinal);
        Assert.False(annotator.Remote);
        Assert.Equal(["DE"], annotator.Countries);
        Assert.Equal("part_time", annotator.EmploymentType);
        Assert.True(annotator.Relevant);
        Assert.Equal(22m, annotator.Pay?.Min);
        Assert.Equal("EUR", annotator.Pay?.Currency);
        Assert.Equal("hour", annotator.Pay?.Interval);
    }

    [Fact]
    public void Unlisted_jobs_are_left_out_quietly_and_a_job_without_title_is_reported()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("ashby_board.json")), "meridianloop");

        Assert.DoesNotContain(parsed.Listings, l => l.SourceId == "7b9d1f3a-5c7e-4a0b-9d2f-6e8a0c2e4f07");
        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("posting #5", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_board_with_equity_components_parses()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.RealWorld("sources/ashby_apply-engine.json")), "airbyte");

        Assert.Equal(2, parsed.Listings.Count);
        Assert.Empty(parsed.Problems);
        var support = parsed.Listings[0];
        Assert.Equal("ashby:airbyte", support.Source);
        Assert.Equal("99c417bc-a996-4265-9401-f967b3076c9f", support.SourceId);
        Assert.Equal("Customer Support Developer (Databases)", support.Title);
        Assert.Equal("https://jobs.ashbyhq.com/airbyte/99c417bc-a996-4265-9401-f967b3076c9f", support.Url);
        Assert.Equal("https://jobs.ashbyhq.com/airbyte/99c417bc-a996-4265-9401-f967b3076c9f/application", support.ApplyUrl);
        Assert.Equal("United States", support.Location);
        Assert.True(support.Remote);
        Assert.Equal(["US"], support.Countries);
        Assert.Equal("full_time", support.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 4, 27, 17, 14, 0, 440, TimeSpan.Zero), support.PostedAt);
        Assert.Equal(99000m, support.Pay?.Min);
        Assert.Equal(115000m, support.Pay?.Max);
        Assert.Equal("USD", support.Pay?.Currency);
        Assert.Equal("year", support.Pay?.Interval);
        Assert.Equal(47.60m, support.Pay?.HourlyMin);
        Assert.Equal("$99K – $115K • Offers Equity", support.Pay?.Text);
        Assert.StartsWith("Airbyte is the data and action layer for AI agents.", support.Description, StringComparison.Ordinal);
        Assert.False(support.Relevant); // a support engineering job at a data company

        var manager = parsed.Listings[1];
        Assert.Equal("Engineering Manager, Platform", manager.Title);
        Assert.Equal("San Francisco", manager.Location);
        Assert.False(manager.Remote); // workplaceType Hybrid, although isRemote is true
        Assert.Equal(217000m, manager.Pay?.Min);
        Assert.Equal(260000m, manager.Pay?.Max);
        Assert.False(manager.Relevant);
    }

    [Theory]
    [InlineData("<html>not json</html>")]
    [InlineData("{\"apiVersion\": \"1\"}")]
    [InlineData("[{\"id\": \"a\"}]")]
    public void Malformed_payloads_get_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("ashby", error.Message, StringComparison.Ordinal);
    }
}
