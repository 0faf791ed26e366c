using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class LeverBoardTests
{
    private readonly LeverBoard _parser = new();

    [Fact]
    public void Own_fixture_reads_an_ai_training_contract_with_hourly_pay()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("lever_board.json")), "brightfold");

        Assert.Equal(3, parsed.Listings.Count);
        var trainer = parsed.Listings[0];
        Assert.Equal("lever:brightfold", trainer.Source);
        Assert.Equal("3f1c2a9e-5b7d-4e21-9c0a-6d8e1f2b3a41", trainer.SourceId);
        Assert.Equal("AI Trainer – Finance (Contract)", trainer.Title);
        Assert.Equal("brightfold", trainer.Company);
        Assert.Equal("https://jobs.example.test/brightfold/3f1c2a9e-5b7d-4e21-9c0a-6d8e1f2b3a41", trainer.Url);
        Assert.Equal("https://jobs.example.test/brightfold/3f1c2a9e-5b7d-4e21-9c0a-6d8e1f2b3a41/apply", trainer.ApplyUrl);
        Assert.Equal("Remote - United States", trainer.Location);
        Assert.True(trainer.Remote);
        Assert.Equal(["US"], trainer.Countries);
        Assert.Equal("contract", trainer.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 10, 5, 14, 30, 0, TimeSpan.Zero), trainer.PostedAt);
        Assert.Equal(45m, trainer.Pay?.Min);
        Assert.Equal(60m, trainer.Pay?.Max);
        Assert.Equal("USD", trainer.Pay?.Currency);
        Assert.Equal("hour", trainer.Pay?.Interval);
        Assert.Equal(45m, trainer.Pay?.HourlyMin);
        Assert.True(trainer.Relevant);
        Assert.Contains("ai-trainer", trainer.RoleTypes);
    }

    [Fact]
    public void Own_fixture_appends_lists_and_closing_text_to_the_description()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("lever_board.json")), "brightfold");

        var trainer = parsed.Listings[0];
        Assert.Contains("<h3>Responsibilities</h3><ul><li>Grade model answers", trainer.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("<h3>Requirements</h3>", trainer.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("Write short justifications for every score", trainer.Description, StringComparison.Ordinal);
        Assert.Contains("equal opportunity employer", trainer.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Unspecified_workplace_falls_back_to_the_location_and_one_time_pay_has_no_hourly_figure()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("lever_board.json")), "brightfold");

        var annotator = parsed.Listings.Single(l => l.SourceId == "8b2d4f60-1c3e-4a57-b9d8-2e4f6a8c0b13");
        Assert.Equal("Remote - Mexico; Remote - Spain", annotator.Location);
        Assert.True(annotator.Remote);
        Assert.Equal(["MX"], annotator.Countries);
        Assert.Equal("part_time", annotator.EmploymentType);
        Assert.True(annotator.Relevant);
        Assert.Contains("data-annotator", annotator.RoleTypes);
        Assert.Equal("task", annotator.Pay?.Interval);
        Assert.Equal("USD", annotator.Pay?.Currency);
        Assert.Equal(300m, annotator.Pay?.Min);
        Assert.Null(annotator.Pay?.HourlyMin);
    }

    [Fact]
    public void Own_fixture_reports_a_posting_without_title_and_keeps_the_rest()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("lever_board.json")), "brightfold");

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("posting #4", problem, StringComparison.Ordinal);
        var engineer = parsed.Listings.Single(l => l.SourceId == "c7e9a1b3-5d2f-4c68-8a0e-9f1b3d5c7e29");
        Assert.Equal("Senior Backend Engineer", engineer.Title);
        Assert.False(engineer.Relevant);
        Assert.False(engineer.Remote);
        Assert.Equal("full_time", engineer.EmploymentType);
        Assert.Equal(170000m, engineer.Pay?.Min); // the feed sent min and max the wrong way round
        Assert.Equal(210000m, engineer.Pay?.Max);
        Assert.Equal("year", engineer.Pay?.Interval);
        Assert.Equal(81.73m, engineer.Pay?.HourlyMin);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"postings\": []}")]
    [InlineData("42")]
    public void Malformed_payloads_get_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("lever", error.Message, StringComparison.Ordinal);
    }
}
