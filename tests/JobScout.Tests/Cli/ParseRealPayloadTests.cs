using System.Text.Json;
using JobScout.Cli;
using JobScout.Tests.Support;

namespace JobScout.Tests.Cli;

/// <summary><c>jobscout parse</c> on every real payload captured from the sources.</summary>
public sealed class ParseRealPayloadTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("greenhouse", "greenhouse_hunt.json", 2, "Account Executive, Commercial")]
    [InlineData("ashby", "ashby_apply-engine.json", 2, null)]
    [InlineData("workable", "workable_apply-engine.json", 2, null)]
    [InlineData("himalayas", "himalayas_hunt.json", 2, "Gmail & Google Calendar AI Assistant Evaluator")]
    [InlineData("arbeitnow", "arbeitnow_hunt.json", 2, null)]
    [InlineData("jsonld", "jsonld_carecom_questboard.html", 1, null)]
    [InlineData("auto", "himalayas_hunt.json", 2, "Gmail & Google Calendar AI Assistant Evaluator")]
    public async Task Each_real_payload_prints_normalized_listings(string format, string file, int expected, string? title)
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync("parse", "--format", format, Paths.RealWorld("sources/" + file));

        Assert.True(code == ExitCodes.Success, stderr);
        var listings = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(expected, listings.Count);
        Assert.All(listings, AssertContract);
        if (title is not null)
        {
            Assert.Contains(listings, l => l.GetProperty("title").GetString() == title);
        }
    }

    [Fact]
    public async Task The_real_mercor_csv_converted_to_json_lines_parses()
    {
        var file = Path.Combine(_dir.Path, "mercor.jsonl");
        await File.WriteAllLinesAsync(file, MercorCsv.AsJsonLines());

        var (code, stdout, stderr) = await CliRunner.RunAsync("parse", "--format", "jsonl", file);

        Assert.True(code == ExitCodes.Success, stderr);
        var listings = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(27, listings.Count);
        Assert.All(listings, AssertContract);
        var senior = listings.Single(l => l.GetProperty("title").GetString() == "Senior Domain Expert");
        Assert.Equal(60, senior.GetProperty("pay").GetProperty("hourlyMin").GetDecimal());
        Assert.Equal(200, senior.GetProperty("pay").GetProperty("hourlyMax").GetDecimal());
        Assert.Equal("jsonl:mercor", senior.GetProperty("source").GetString());
    }

    /// <summary>Every key of the normalized listing contract, with its JSON type.</summary>
    private static void AssertContract(JsonElement listing)
    {
        foreach (var key in new[] { "source", "sourceId", "title", "company", "description" })
        {
            Assert.Equal(JsonValueKind.String, listing.GetProperty(key).ValueKind);
        }

        foreach (var key in new[] { "countries", "roleTypes", "taskTypes", "domains", "skills", "languages", "flags" })
        {
            Assert.Equal(JsonValueKind.Array, listing.GetProperty(key).ValueKind);
        }

        Assert.Contains(listing.GetProperty("relevant").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.Contains(listing.GetProperty("remote").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False, JsonValueKind.Null });
        foreach (var key in new[] { "url", "applyUrl", "location", "employmentType", "postedAt", "validThrough", "pay", "level" })
        {
            Assert.True(listing.TryGetProperty(key, out _), $"missing {key}");
        }
    }

    public void Dispose() => _dir.Dispose();
}
