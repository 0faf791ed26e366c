using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class GreenhouseBoardTests
{
    private readonly GreenhouseBoard _parser = new();

    [Fact]
    public void Own_fixture_decodes_double_escaped_html_and_sanitizes_it()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("greenhouse_board.json")), "quillstone");

        Assert.Equal(3, parsed.Listings.Count);
        var law = parsed.Listings[0];
        Assert.Equal("greenhouse:quillstone", law.Source);
        Assert.Equal("7100001", law.SourceId);
        Assert.Equal("AI Trainer – Law (Contract, Remote)", law.Title);
        Assert.Equal("Quillstone AI", law.Company);
        Assert.Equal("https://boards.example.test/quillstone/jobs/7100001", law.ApplyUrl);
        Assert.Contains("<li>JD required</li>", law.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", law.DescriptionHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", law.DescriptionHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&lt;", law.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("Review model answers to legal questions & score them", law.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", law.Description, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 10, 30, 0, TimeSpan.FromHours(-5)), law.PostedAt);
        Assert.True(law.Remote);
        Assert.True(law.Relevant);
        Assert.Contains("ai-trainer", law.RoleTypes);
        Assert.Equal(55.00m, law.Pay?.HourlyMin);
    }

    [Fact]
    public void Own_fixture_reports_a_job_without_title_and_keeps_the_rest()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("greenhouse_board.json")), "quillstone");

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("job #4", problem, StringComparison.Ordinal);
        var engineer = parsed.Listings.Single(l => l.SourceId == "7100003");
        Assert.False(engineer.Relevant);
        Assert.False(engineer.Remote);
        Assert.Equal("year", engineer.Pay?.Interval);
        var rater = parsed.Listings.Single(l => l.SourceId == "7100002");
        Assert.Equal(["search-evaluator"], rater.RoleTypes);
        Assert.Equal(18m, rater.Pay?.Min);
        Assert.Equal(22m, rater.Pay?.Max);
    }

    [Fact]
    public void Real_payload_with_newer_fields_and_no_meta_parses()
    {
        var payload = File.ReadAllText(Paths.RealWorld("sources/greenhouse_hunt.json"));

        var parsed = _parser.Parse(payload, GreenhouseBoard.BoardFromPayload(payload)!);

        Assert.Equal(2, parsed.Listings.Count);
        Assert.Empty(parsed.Problems);
        var first = parsed.Listings[0];
        Assert.Equal("greenhouse:vercel", first.Source);
        Assert.Equal("6136160004", first.SourceId);
        Assert.Equal("Vercel", first.Company);
        Assert.Equal("Hybrid - London", first.Location);
        Assert.False(first.Remote);
        Assert.StartsWith("<div><h2>About Vercel:</h2>", first.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("&#39;", first.Description, StringComparison.Ordinal);
        Assert.Contains("what's next", first.Description, StringComparison.Ordinal);
        Assert.False(first.Relevant); // a sales job at a software company
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"jobs\": 5}")]
    [InlineData("[1,2,3]")]
    public void Malformed_payloads_get_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("greenhouse", error.Message, StringComparison.Ordinal);
    }
}
