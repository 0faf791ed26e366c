using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class JsonLdPageBoardTests
{
    private readonly JsonLdPageBoard _parser = new();

    [Fact]
    public void Graph_with_type_array_string_numbers_and_telecommute_is_read()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("jsonld_graph.html")), "kestrel");

        Assert.Empty(parsed.Problems);
        var job = Assert.Single(parsed.Listings);
        Assert.Equal("jsonld:kestrel", job.Source);
        Assert.Equal("KR-4821", job.SourceId);
        Assert.Equal("AI Response Evaluator – Finance & Accounting", job.Title);
        Assert.Equal("Kestrel Ridge AI", job.Company); // resolved through the @graph node's @id
        Assert.Equal("https://careers.example.com/jobs/kr-4821", job.Url);
        Assert.Equal("https://careers.example.com/jobs/kr-4821", job.ApplyUrl);
        Assert.True(job.Remote);
        Assert.Equal(["US", "CA"], job.Countries);
        Assert.Equal("Remote - US, CA, United Kingdom; 1200 Larimer St, Denver, CO 80204", job.Location);
        Assert.Equal("contract", job.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), job.PostedAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero), job.ValidThrough);
        Assert.Equal("hour", job.Pay?.Interval);
        Assert.Equal("USD", job.Pay?.Currency);
        Assert.Equal(45m, job.Pay?.Min);
        Assert.Equal(65.50m, job.Pay?.Max);
        Assert.True(job.Relevant);
    }

    [Fact]
    public void Script_inside_the_description_does_not_survive()
    {
        var job = Assert.Single(_parser.Parse(File.ReadAllText(Paths.Fixture("jsonld_graph.html")), "kestrel").Listings);

        Assert.Contains("<li>CPA or CFA preferred</li>", job.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", job.DescriptionHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", job.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", job.Description, StringComparison.Ordinal);
        Assert.Contains("Rate and rank AI model answers to finance questions.", job.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Breadcrumb_block_first_then_job_with_employment_type_array()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("jsonld_two_blocks.html")), "saltmarsh");

        Assert.Empty(parsed.Problems);
        var job = Assert.Single(parsed.Listings);
        Assert.Equal("Portuguese Translation Reviewer for AI Outputs", job.Title);
        Assert.Equal("Saltmarsh Translation Studio", job.Company); // hiringOrganization as a plain string
        Assert.Equal("https://jobs.example.test/saltmarsh/pt-reviewer-2026", job.SourceId); // no identifier: the url
        Assert.Equal("part_time", job.EmploymentType);
        Assert.Equal("Lisbon, PT; Braga, Braga District, PT", job.Location);
        Assert.Null(job.Remote);
        Assert.Empty(job.Countries);
        Assert.Equal("month", job.Pay?.Interval);
        Assert.Equal("EUR", job.Pay?.Currency);
        Assert.Equal(2400m, job.Pay?.Min);
        Assert.Equal(2400m, job.Pay?.Max);
        Assert.Contains("<p>Review machine translations produced by AI models and mark errors.</p>", job.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_without_a_job_posting_gets_a_clear_error()
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(File.ReadAllText(Paths.Fixture("jsonld_none.html")), "kestrel"));

        Assert.Contains("no schema.org JobPosting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_block_is_reported_and_the_valid_one_still_read()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("jsonld_bad_block.html")), "fernleaf");

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("block #1", problem, StringComparison.Ordinal);
        var job = Assert.Single(parsed.Listings);
        Assert.Equal("Medical Fact-Checker for AI Answers", job.Title);
        Assert.Equal("Fernleaf Health Data", job.Company);
        Assert.Equal("https://fernleaf.example.com/careers/medical-fact-checker", job.SourceId); // the canonical link
        Assert.Equal("https://fernleaf.example.com/careers/medical-fact-checker", job.Url);
        Assert.Equal("hour", job.Pay?.Interval);
        Assert.Equal(52m, job.Pay?.Min);
    }

    [Fact]
    public void Top_level_array_full_type_uri_and_a_posting_without_title()
    {
        var page = """
            <html><head><script type="application/ld+json">
            [
              { "@type": "http://schema.org/JobPosting", "name": "Prompt Writer", "hiringOrganization": { "name": "Tallow &amp; Reed" } },
              { "@type": "JobPosting", "description": "no title here" }
            ]
            </script></head><body></body></html>
            """;

        var first = _parser.Parse(page, "tallow");
        var second = _parser.Parse(page, "tallow");

        var job = Assert.Single(first.Listings);
        Assert.Equal("Prompt Writer", job.Title);
        Assert.Equal("Tallow & Reed", job.Company);
        Assert.Matches("^[0-9a-f]{16}$", job.SourceId); // no identifier, url or canonical link: a hash
        Assert.Equal(job.SourceId, second.Listings[0].SourceId);
        Assert.Contains("JobPosting #2", Assert.Single(first.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Real_carecom_page_with_breadcrumb_first_and_string_pay()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.RealWorld("sources/jsonld_carecom_questboard.html")), "carecom");

        Assert.Empty(parsed.Problems);
        var job = Assert.Single(parsed.Listings);
        Assert.Equal("jsonld:carecom", job.Source);
        Assert.Equal("33852898", job.SourceId);
        Assert.Equal("Part Time Nanny Position For Baby", job.Title);
        Assert.Equal("Care.com", job.Company);
        Assert.Equal("https://www.care.com/job/childcare/pa/irwin/33852898-part-time-nanny-position-for-baby", job.Url);
        Assert.Equal("Irwin, PA, United States", job.Location);
        Assert.Equal("part_time", job.EmploymentType);
        Assert.Equal(new DateTimeOffset(2025, 9, 16, 0, 0, 0, TimeSpan.Zero), job.PostedAt);
        Assert.Equal(new DateTimeOffset(2026, 8, 25, 0, 0, 0, TimeSpan.Zero), job.ValidThrough);
        Assert.Equal("hour", job.Pay?.Interval);
        Assert.Equal("USD", job.Pay?.Currency);
        Assert.Equal(14.00m, job.Pay?.Min);
        Assert.Equal(19.00m, job.Pay?.Max);
        Assert.Contains("Hourly rate: $14.00 - $19.00/hour", job.Description, StringComparison.Ordinal);
        Assert.False(job.Relevant);
    }
}
