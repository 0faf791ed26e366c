using System.Text.Json;
using JobScout.Core.Evaluation;
using JobScout.Core.Listings;
using JobScout.Tests.Support;

namespace JobScout.Tests.Evaluation;

/// <summary>
/// The judgement of real listings, measured against hand labels of the 826 listings in the shared development set.
/// The floors sit just under today's figures and rise as the judgement improves.
/// </summary>
public sealed class ListingEvaluationTests
{
    [Fact]
    public async Task Relevance_pay_role_level_domains_and_languages_hold_their_floors_on_the_labelled_real_listings()
    {
        var labels = Directory.GetFiles(Paths.Fixture("labels"), "*.jsonl").Order(StringComparer.Ordinal).ToArray();
        var payloads = Path.GetDirectoryName(Paths.RealWorld("listings/SOURCES.md"))!;

        var (code, stdout, stderr) = await CliRunner.RunAsync(["eval", "listings", "--gold", .. labels, "--payloads", payloads, "--json"]);

        Assert.True(code == 0, stderr);
        using var report = JsonDocument.Parse(stdout);
        var root = report.RootElement;
        Assert.True(root.GetProperty("labelled").GetInt32() >= 800);
        var relevance = root.GetProperty("relevance");
        Assert.InRange(relevance.GetProperty("precision").GetDouble(), 0.97, 1.0);
        Assert.InRange(relevance.GetProperty("recall").GetDouble(), 0.95, 1.0);
        var measures = root.GetProperty("measures").EnumerateArray().ToDictionary(m => $"{m.GetProperty("name").GetString()} ({m.GetProperty("over").GetString()})", m => m.GetProperty("value").GetDouble());
        Assert.InRange(measures["pay exact (all labelled)"], 0.95, 1.0);
        Assert.InRange(measures["pay exact (relevant)"], 0.95, 1.0);
        Assert.InRange(measures["role type (relevant and kept)"], 0.95, 1.0);
        Assert.InRange(measures["level (relevant)"], 0.9, 1.0);
        Assert.InRange(measures["domains exact (relevant)"], 0.9, 1.0);
        Assert.InRange(measures["languages exact (relevant)"], 0.95, 1.0);
        Assert.NotEmpty(root.GetProperty("errors").EnumerateArray()); // every disagreement is listed, not just counted
    }

    [Fact]
    public void Each_disagreement_is_listed_with_what_was_expected_and_what_was_found()
    {
        var labels = new[]
        {
            new ListingLabel { File = "f", SourceId = "1", Relevant = true, RoleType = "rater", Pay = new PayLabel(20, 25, "USD", "hour", 20, 25), Level = "entry" },
            new ListingLabel { File = "f", SourceId = "2", Relevant = false },
            new ListingLabel { File = "f", SourceId = "3", Relevant = true, RoleType = "rater" },
        };
        var listings = new Dictionary<string, NormalizedListing>
        {
            ["1"] = Listing("1", relevant: true, ["rater"], new PayRange(20, 25, "USD", "hour", 20, 25, "$20-25/h"), "entry"),
            ["2"] = Listing("2", relevant: true, ["rater"], null, null),
        };

        var report = ListingEvaluator.Evaluate(labels, label => listings.GetValueOrDefault(label.SourceId));

        Assert.Equal(new RelevanceScore(1, 1, 0, 0), report.Relevance);
        Assert.Equal(1, report.Missing);
        Assert.Contains(report.Errors, e => e.Measure == "relevance" && e.SourceId == "2" && e.Expected == "not relevant");
        Assert.Contains(report.Errors, e => e.Measure == "missing" && e.SourceId == "3");
        Assert.Equal(1.0, report.Measures.Single(m => m.Name == "pay exact" && m.Over == "relevant").Value);
    }

    [Theory]
    [InlineData(20.0, 25.0, 20.1, 25.2, true)]
    [InlineData(20.0, 25.0, 20.0, 26.0, false)]
    [InlineData(null, 30.0, 30.0, 30.0, false)] // "up to $30" is not 30–30
    public void Pay_matches_within_one_percent_and_a_missing_side_must_stay_missing(double? min, double max, double foundMin, double foundMax, bool matches)
    {
        var expected = new PayLabel((decimal?)min, (decimal)max, "USD", "hour", (decimal?)min, (decimal)max);
        var found = new PayRange((decimal)foundMin, (decimal)foundMax, "USD", "hour", (decimal)foundMin, (decimal)foundMax, "text");

        Assert.Equal(matches, ListingEvaluator.PayMatches(expected, found));
    }

    private static NormalizedListing Listing(string id, bool relevant, IReadOnlyList<string> roles, PayRange? pay, string? level) => new()
    {
        Source = "test:f",
        SourceId = id,
        Title = $"Listing {id}",
        Company = "Co",
        Relevant = relevant,
        RoleTypes = roles,
        Pay = pay,
        Level = level,
    };
}
