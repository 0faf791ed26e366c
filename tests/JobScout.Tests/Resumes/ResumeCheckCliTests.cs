using System.Text.Json;
using JobScout.Cli;
using JobScout.Tests.Support;

namespace JobScout.Tests.Resumes;

/// <summary><c>jobscout resume-check</c>: the JSON contract, a listing as the target, and refusals as one-line errors.</summary>
public sealed class ResumeCheckCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Json_output_is_one_object_with_score_breakdown_matched_missing_and_checks()
    {
        var file = Path.Combine(_dir.Path, "resume.pdf");
        await File.WriteAllBytesAsync(file, ResumeFiles.TwoColumnPdf());

        var (code, stdout, _) = await CliRunner.RunAsync("--data-dir", Path.Combine(_dir.Path, "state"), "resume-check", file, "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(["score", "breakdown", "matched", "missing", "checks"], root.EnumerateObject().Select(p => p.Name));
        Assert.InRange(root.GetProperty("score").GetInt32(), 0, 100);
        Assert.True(root.GetProperty("breakdown").GetProperty("tasks").GetProperty("total").GetInt32() > 0);
        var matched = root.GetProperty("matched").EnumerateArray().ToList();
        Assert.Contains(matched, m => m.GetProperty("keyword").GetString() == "fact-checking" && m.GetProperty("line").GetString() == "Fact-checking");
        Assert.All(root.GetProperty("missing").EnumerateArray(), m => Assert.False(string.IsNullOrEmpty(m.GetProperty("suggestion").GetString())));
        var layout = root.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "layout");
        Assert.False(layout.GetProperty("passed").GetBoolean()); // two columns
    }

    [Fact]
    public async Task A_listing_target_counts_keywords_in_the_listing_too()
    {
        var data = Path.Combine(_dir.Path, "state");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("--data-dir", data, "import", Paths.Fixture("greenhouse_board.json"))).Code);
        var file = Path.Combine(_dir.Path, "resume.docx");
        await File.WriteAllBytesAsync(file, ResumeFiles.Docx());

        var (code, stdout, _) = await CliRunner.RunAsync("--data-dir", data, "resume-check", file, "--listing", "2", "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(stdout);
        var items = json.RootElement.GetProperty("matched").EnumerateArray().Concat(json.RootElement.GetProperty("missing").EnumerateArray()).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.TryGetProperty("listingCount", out _)));
    }

    [Fact]
    public async Task The_resume_benchmark_reports_its_percentiles()
    {
        var (code, stdout, _) = await CliRunner.RunAsync("bench", "resume", "--runs", "3", "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("pages").GetInt32());
        Assert.True(json.RootElement.GetProperty("p95Ms").GetDouble() >= json.RootElement.GetProperty("p50Ms").GetDouble());
    }

    [Theory]
    [InlineData("exe", "a program, not a resume")]
    [InlineData("missing", "No such file")]
    public async Task Refusals_are_one_line_on_stderr_with_exit_code_1(string kind, string message)
    {
        var file = Path.Combine(_dir.Path, "resume.pdf");
        if (kind == "exe")
        {
            await File.WriteAllBytesAsync(file, ResumeFiles.ExecutableRenamedPdf());
        }

        var (code, _, stderr) = await CliRunner.RunAsync("--data-dir", Path.Combine(_dir.Path, "state"), "resume-check", file);

        Assert.Equal(ExitCodes.HandledError, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    public void Dispose() => _dir.Dispose();
}
