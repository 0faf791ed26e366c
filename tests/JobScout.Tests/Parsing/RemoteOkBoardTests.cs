using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class RemoteOkBoardTests
{
    private readonly RemoteOkBoard _parser = new();

    private ParsedPayload ParseFixture() => _parser.Parse(File.ReadAllText(Paths.Fixture("remoteok_feed.json")), "all");

    [Fact]
    public void Own_fixture_reads_a_contract_with_yearly_dollars_and_hourly_equivalents()
    {
        var parsed = ParseFixture();

        Assert.Equal(2, parsed.Listings.Count);
        var evaluator = parsed.Listings[0];
        Assert.Equal("remoteok:all", evaluator.Source);
        Assert.Equal("1129001", evaluator.SourceId);
        Assert.Equal("AI Response Evaluator (Contract)", evaluator.Title);
        Assert.Equal("Halcyon Data", evaluator.Company);
        Assert.Equal("https://remoteok.example.test/remote-jobs/remote-ai-response-evaluator-contract-halcyon-data-1129001", evaluator.Url);
        Assert.Equal("https://remoteok.example.test/l/1129001", evaluator.ApplyUrl);
        Assert.Equal("United States, Canada", evaluator.Location);
        Assert.True(evaluator.Remote);
        Assert.Equal(["US", "CA"], evaluator.Countries);
        Assert.Null(evaluator.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 14, 30, 0, TimeSpan.Zero), evaluator.PostedAt);
        Assert.Equal(52000m, evaluator.Pay?.Min);
        Assert.Equal(72800m, evaluator.Pay?.Max);
        Assert.Equal("USD", evaluator.Pay?.Currency);
        Assert.Equal("year", evaluator.Pay?.Interval);
        Assert.Equal(25m, evaluator.Pay?.HourlyMin);
        Assert.Equal(35m, evaluator.Pay?.HourlyMax);
        Assert.True(evaluator.Relevant);
        Assert.Contains("<b>review AI responses</b>", evaluator.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_salaries_mean_no_pay_and_worldwide_names_no_country()
    {
        var parsed = ParseFixture();

        var engineer = parsed.Listings.Single(l => l.SourceId == "1128950");
        Assert.Equal("Senior Backend Engineer", engineer.Title);
        Assert.Equal("Orbitline", engineer.Company);
        Assert.True(engineer.Remote);
        Assert.Empty(engineer.Countries);
        Assert.Null(engineer.Pay);
        Assert.False(engineer.Relevant);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), engineer.PostedAt);
    }

    [Fact]
    public void The_legal_notice_is_skipped_silently_but_a_job_without_title_is_reported()
    {
        var parsed = ParseFixture();

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("job #3", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(parsed.Problems, p => p.Contains("legal", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_epoch_is_used_when_the_date_is_missing()
    {
        const string payload = """[{"last_updated": 1, "legal": "x"}, {"id": "7", "epoch": 1795165200, "company": "Acme", "position": "Data Annotator"}]""";

        var listing = Assert.Single(_parser.Parse(payload, "all").Listings);

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), listing.PostedAt);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"jobs\": []}")]
    [InlineData("42")]
    public void Malformed_payloads_get_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("remoteok", error.Message, StringComparison.Ordinal);
    }
}
