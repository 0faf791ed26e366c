using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class SmartRecruitersBoardTests
{
    private readonly SmartRecruitersBoard _parser = new();

    [Fact]
    public void Own_fixture_reads_an_ai_training_contract_and_its_job_ad()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("smartrecruiters_board.json")), "NorthwindEvaluations");

        Assert.Equal(3, parsed.Listings.Count);
        var trainer = parsed.Listings[0];
        Assert.Equal("smartrecruiters:NorthwindEvaluations", trainer.Source);
        Assert.Equal("744000091234501", trainer.SourceId);
        Assert.Equal("AI Trainer – Finance (Contract)", trainer.Title);
        Assert.Equal("Northwind Evaluations", trainer.Company);
        Assert.Equal("https://jobs.smartrecruiters.com/NorthwindEvaluations/744000091234501", trainer.Url);
        Assert.Equal(trainer.Url, trainer.ApplyUrl);
        Assert.Equal("Chicago, IL, United States", trainer.Location);
        Assert.True(trainer.Remote);
        Assert.Equal(["US"], trainer.Countries);
        Assert.Equal("contract", trainer.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 10, 8, 11, 45, 0, TimeSpan.Zero), trainer.PostedAt);
        Assert.Contains("<h3>Qualifications</h3>", trainer.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("Rate model answers to questions on bonds", trainer.Description, StringComparison.Ordinal);
        Assert.Equal(48m, trainer.Pay?.Min);
        Assert.Equal(60m, trainer.Pay?.Max);
        Assert.Equal("USD", trainer.Pay?.Currency);
        Assert.Equal("hour", trainer.Pay?.Interval);
        Assert.Equal(48m, trainer.Pay?.HourlyMin);
        Assert.True(trainer.Relevant);
        Assert.Contains("ai-trainer", trainer.RoleTypes);
    }

    [Fact]
    public void Hybrid_is_not_remote_and_the_type_label_is_normalized()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("smartrecruiters_board.json")), "NorthwindEvaluations");

        var engineer = parsed.Listings.Single(l => l.SourceId == "744000091234502");
        Assert.Equal("Senior Backend Engineer", engineer.Title);
        Assert.Equal("Dublin, Ireland", engineer.Location);
        Assert.False(engineer.Remote);
        Assert.Equal(["IE"], engineer.Countries);
        Assert.Equal("full_time", engineer.EmploymentType);
        Assert.Null(engineer.Pay);
        Assert.False(engineer.Relevant);
    }

    [Fact]
    public void Posting_links_a_plain_type_and_a_missing_company_are_tolerated()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("smartrecruiters_board.json")), "NorthwindEvaluations");

        var annotator = parsed.Listings.Single(l => l.SourceId == "744000091234503");
        Assert.Equal("NorthwindEvaluations", annotator.Company);
        Assert.Equal("https://careers.example.test/northwind/744000091234503-data-annotation-specialist", annotator.Url);
        Assert.Equal("https://careers.example.test/northwind/744000091234503-data-annotation-specialist?apply=1", annotator.ApplyUrl);
        Assert.Equal("Manila, Metro Manila, PH", annotator.Location);
        Assert.True(annotator.Remote);
        Assert.Equal(["PH"], annotator.Countries);
        Assert.Equal("part_time", annotator.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 10, 11, 16, 20, 0, TimeSpan.Zero), annotator.PostedAt);
        Assert.True(annotator.Relevant);
        Assert.Contains("data-annotator", annotator.RoleTypes);
    }

    [Fact]
    public void Own_fixture_reports_a_posting_without_name()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("smartrecruiters_board.json")), "NorthwindEvaluations");

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("posting #4", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"offset\": 0, \"limit\": 100, \"totalFound\": 0}")]
    [InlineData("[]")]
    public void Malformed_payloads_get_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("smartrecruiters", error.Message, StringComparison.Ordinal);
    }
}
