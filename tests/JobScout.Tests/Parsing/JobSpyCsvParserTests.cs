using JobScout.Core.Sources;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

public sealed class JobSpyCsvParserTests
{
    private readonly JobSpyCsvParser _parser = new();

    [Fact]
    public void Own_export_reads_a_multi_line_quoted_description_and_hourly_pay()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("jobspy_export.csv")), "export");

        Assert.Equal(4, parsed.Listings.Count);
        var trainer = parsed.Listings[0];
        Assert.Equal("jobspy:indeed", trainer.Source);
        Assert.Equal("in-7a1b2c3d", trainer.SourceId);
        Assert.Equal("AI Trainer - Spanish Writing (Remote)", trainer.Title);
        Assert.Equal("Lumen Tutoring Labs", trainer.Company);
        Assert.Equal("https://jobs.example.test/indeed/viewjob?jk=7a1b2c3d", trainer.Url);
        Assert.Equal("https://careers.example.com/lumen/apply/7a1b2c3d", trainer.ApplyUrl);
        Assert.Equal("Remote, US", trainer.Location);
        Assert.True(trainer.Remote);
        Assert.Equal("contract", trainer.EmploymentType);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), trainer.PostedAt);
        Assert.Equal("hour", trainer.Pay?.Interval);
        Assert.Equal("USD", trainer.Pay?.Currency);
        Assert.Equal(25m, trainer.Pay?.Min);
        Assert.Equal(40m, trainer.Pay?.Max);
        Assert.Contains("Write \"gold\" answers in Spanish, with clear reasoning", trainer.Description, StringComparison.Ordinal);
        Assert.Contains("Pay: $25-$40/hour, paid weekly.", trainer.Description, StringComparison.Ordinal);
        Assert.True(trainer.Relevant);
        Assert.Contains("ai-trainer", trainer.RoleTypes);
    }

    [Fact]
    public void Own_export_reads_yearly_pay_remote_flags_and_the_id_fallback()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("jobspy_export.csv")), "export");

        var engineer = parsed.Listings.Single(l => l.SourceId == "li-4410928");
        Assert.Equal("jobspy:linkedin", engineer.Source);
        Assert.Equal("year", engineer.Pay?.Interval);
        Assert.Equal(140000m, engineer.Pay?.Min);
        Assert.Equal(175000m, engineer.Pay?.Max);
        Assert.False(engineer.Remote);
        Assert.Equal("full_time", engineer.EmploymentType);
        Assert.Equal(engineer.Url, engineer.ApplyUrl);
        Assert.False(engineer.Relevant);

        // No id: the job URL identifies the posting.
        var rater = parsed.Listings.Single(l => l.Source == "jobspy:glassdoor");
        Assert.Equal("https://jobs.example.test/glassdoor/listing/88231", rater.SourceId);
        Assert.Equal(18.5m, rater.Pay?.Min);
        Assert.Equal("part_time", rater.EmploymentType);
        Assert.True(rater.Remote);

        var annotator = parsed.Listings.Single(l => l.SourceId == "go-55e1");
        Assert.Equal("month", annotator.Pay?.Interval);
        Assert.Equal("CAD", annotator.Pay?.Currency);
        Assert.Equal(3000m, annotator.Pay?.Min);
        Assert.Equal(3500m, annotator.Pay?.Max);
        Assert.Equal("contract", annotator.EmploymentType); // "contract, parttime": the first
        Assert.Null(annotator.Remote);
        Assert.Equal("https://apply.example.com/brightfold/55e1", annotator.ApplyUrl);
    }

    [Fact]
    public void Own_export_reports_the_row_without_title_and_keeps_the_rest()
    {
        var parsed = _parser.Parse(File.ReadAllText(Paths.Fixture("jobspy_export.csv")), "export");

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("row 4", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(parsed.Listings, l => l.SourceId == "zr-0004");
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order()
    {
        var parsed = _parser.Parse("job_url,extra,company,title\nhttps://jobs.example.test/x/1,ignored,Acme Example,Rater\n", "mine");

        var listing = Assert.Single(parsed.Listings);
        Assert.Equal("jobspy:mine", listing.Source);
        Assert.Equal("https://jobs.example.test/x/1", listing.SourceId);
        Assert.Equal("Acme Example", listing.Company);
        Assert.Null(listing.Pay);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    [InlineData("id,site,job_url,location\n1,indeed,https://jobs.example.test/1,Remote\n")]
    public void Empty_file_or_a_header_without_title_company_job_url_gets_a_clear_error(string payload)
    {
        var error = Assert.Throws<SourceFormatException>(() => _parser.Parse(payload, "x"));

        Assert.Contains("jobspy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_mercor_csv_as_json_lines_parses_with_pay_and_relevance()
    {
        var parsed = new JsonLinesParser().Parse(string.Join('\n', MercorCsv.AsJsonLines()), "mercor");

        Assert.Equal(27, parsed.Listings.Count);
        Assert.Empty(parsed.Problems);
        var senior = parsed.Listings.Single(l => l.SourceId == "list_AAABloVbWj67fP4nFUdHHr2k");
        Assert.Equal("Senior Domain Expert", senior.Title);
        Assert.Equal("Mercor", senior.Company);
        Assert.Equal("hour", senior.Pay?.Interval);
        Assert.Equal(60m, senior.Pay?.Min);
        Assert.Equal(200m, senior.Pay?.Max);
        Assert.Equal(60m, senior.Pay?.HourlyMin);
        Assert.Equal(new DateTimeOffset(2025, 4, 30, 6, 21, 19, TimeSpan.Zero), senior.PostedAt);
        var notRelevant = parsed.Listings.Where(l => !l.Relevant).Select(l => l.Title).ToList();
        // Titles decide relevance; a marketplace's bare profession titles ("3D Artist") are not counted.
        Assert.True(parsed.Listings.Count - notRelevant.Count >= 14, "not relevant: " + string.Join(" | ", notRelevant));
        Assert.DoesNotContain("Mathematics PhDs", notRelevant);
        Assert.DoesNotContain("Senior Domain Expert", notRelevant);
        Assert.Contains("Home Care Scheduler", notRelevant);
    }

    // The Mercor export is not JobSpy's layout: map it onto JobScout's own JSON lines.
}
