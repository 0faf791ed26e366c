using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class RemotiveBoardTests
{
    private readonly RemotiveBoard _parser = new();

    private ParsedPayload ParseFixture() => _parser.Parse(File.ReadAllText(Paths.Fixture("remotive_feed.json")), "ai-ml");

    [Fact]
    public void Own_fixture_reads_an_ai_evaluator_contract_with_pay_text()
    {
        var parsed = ParseFixture();

        Assert.Equal(3, parsed.Listings.Count);
        var evaluator = parsed.Listings[0];
        Assert.Equal("remotive:ai-ml", evaluator.Source);
        Assert.Equal("1960411", evaluator.SourceId);
        Assert.Equal("AI Response Evaluator (Contract)", evaluator.Title);
        Assert.Equal("Larkspur Labs", evaluator.Company);
        Assert.Equal("https://remotive.example.test/remote-jobs/ai-ml/ai-response-evaluator-contract-1960411", evaluator.Url);
        Assert.Equal(evaluator.Url, evaluator.ApplyUrl);
        Assert.Equal("USA Only", evaluator.Location);
        Assert.True(evaluator.Remote);
        Assert.Equal(["US"], evaluator.Countries);
        Assert.Equal("contract", evaluator.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 15, 42, TimeSpan.Zero), evaluator.PostedAt);
        Assert.Equal(TimeSpan.Zero, evaluator.PostedAt?.Offset);
        Assert.Equal(25m, evaluator.Pay?.Min);
        Assert.Equal(35m, evaluator.Pay?.Max);
        Assert.Equal("USD", evaluator.Pay?.Currency);
        Assert.Equal("hour", evaluator.Pay?.Interval);
        Assert.Equal(25m, evaluator.Pay?.HourlyMin);
        Assert.True(evaluator.Relevant);
        Assert.Contains("rate AI model responses", evaluator.Description, StringComparison.Ordinal);
        Assert.Contains("<li>Compare two chatbot answers and pick the better one</li>", evaluator.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_remotive_job_is_remote_even_a_non_relevant_one_without_salary()
    {
        var parsed = ParseFixture();

        var engineer = parsed.Listings.Single(l => l.SourceId == "1960388");
        Assert.Equal("Senior Backend Engineer", engineer.Title);
        Assert.Equal("Worldwide", engineer.Location);
        Assert.True(engineer.Remote);
        Assert.Empty(engineer.Countries);
        Assert.Equal("full_time", engineer.EmploymentType);
        Assert.Null(engineer.Pay);
        Assert.False(engineer.Relevant);
    }

    [Fact]
    public void A_rater_in_two_countries_gets_both_codes_and_pounds_per_hour()
    {
        var parsed = ParseFixture();

        var rater = parsed.Listings.Single(l => l.SourceId == "1960402");
        Assert.Equal(["GB", "IE"], rater.Countries);
        Assert.Equal("part_time", rater.EmploymentType);
        Assert.Equal("GBP", rater.Pay?.Currency);
        Assert.Equal(14m, rater.Pay?.HourlyMin);
        Assert.True(rater.Relevant);
    }

    [Fact]
    public void A_job_without_title_is_reported_and_the_rest_kept()
    {
        var parsed = ParseFixture();

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("job #4", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(parsed.Listings, l => l.SourceId == "1960399");
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"jobs\": \"none\"}")]
    [InlineData("{\"job-count\": 0}")]
    [InlineData("[]")]
    public void Malformed_payloads_get_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("remotive", error.Message, StringComparison.Ordinal);
    }
}
