using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class RecruiteeBoardTests
{
    private readonly RecruiteeBoard _parser = new();

    [Fact]
    public void Own_fixture_reads_an_ai_training_contract_with_string_salary_figures()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("recruitee_board.json")), "quillpath");

        Assert.Equal(3, parsed.Listings.Count);
        var trainer = parsed.Listings[0];
        Assert.Equal("recruitee:quillpath", trainer.Source);
        Assert.Equal("2214461", trainer.SourceId);
        Assert.Equal("AI Trainer – Finance (Contract)", trainer.Title);
        Assert.Equal("Quillpath", trainer.Company);
        Assert.Equal("https://quillpath.example.test/o/ai-trainer-finance-contract", trainer.Url);
        Assert.Equal("https://quillpath.example.test/o/ai-trainer-finance-contract/c/new", trainer.ApplyUrl);
        Assert.Equal("Berlin, Germany", trainer.Location);
        Assert.True(trainer.Remote);
        Assert.Equal(["DE"], trainer.Countries);
        Assert.Equal("contract", trainer.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 9, 18, 12, 55, 59, TimeSpan.Zero), trainer.PostedAt);
        Assert.Equal(40m, trainer.Pay?.Min);
        Assert.Equal(55m, trainer.Pay?.Max);
        Assert.Equal("EUR", trainer.Pay?.Currency);
        Assert.Equal("hour", trainer.Pay?.Interval);
        Assert.Equal(40m, trainer.Pay?.HourlyMin);
        Assert.True(trainer.Relevant);
        Assert.Contains("ai-trainer", trainer.RoleTypes);
        Assert.Contains("Fluent English and German", trainer.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Hybrid_is_not_remote_and_location_falls_back_to_city_and_country()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("recruitee_board.json")), "quillpath");

        var engineer = parsed.Listings.Single(l => l.SourceId == "2214462");
        Assert.Equal("Senior Backend Engineer", engineer.Title);
        Assert.Equal("Amsterdam, Netherlands", engineer.Location);
        Assert.False(engineer.Remote);
        Assert.Equal(["NL"], engineer.Countries);
        Assert.Equal("full_time", engineer.EmploymentType);
        Assert.Equal(65000m, engineer.Pay?.Min);
        Assert.Equal("year", engineer.Pay?.Interval);
        Assert.Equal(31.25m, engineer.Pay?.HourlyMin);
        Assert.False(engineer.Relevant);
    }

    [Fact]
    public void Empty_salary_figures_give_no_pay_and_created_at_stands_in_for_published_at()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("recruitee_board.json")), "quillpath");

        var annotator = parsed.Listings.Single(l => l.SourceId == "2214463");
        Assert.Equal("quillpath", annotator.Company);
        Assert.Equal("Wrocław, Poland", annotator.Location);
        Assert.False(annotator.Remote);
        Assert.Equal("part_time", annotator.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 9, 10, 8, 0, 0, TimeSpan.Zero), annotator.PostedAt);
        Assert.Null(annotator.Pay);
        Assert.True(annotator.Relevant);
    }

    [Fact]
    public void Own_fixture_reports_an_offer_without_title()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("recruitee_board.json")), "quillpath");

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("posting #4", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!doctype html><p>Not found</p>")]
    [InlineData("{\"offers\": null}")]
    [InlineData("[{\"id\": 1, \"title\": \"x\"}]")]
    public void Malformed_payloads_get_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("recruitee", error.Message, StringComparison.Ordinal);
    }
}
