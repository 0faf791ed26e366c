using System.Text.Json;
using JobScout.Cli;
using JobScout.Tests.Support;

namespace JobScout.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Parse_prints_one_normalized_listing_per_line()
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync("parse", "--format", "greenhouse", Paths.Fixture("greenhouse_board.json"));

        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("greenhouse:quillstone", first.RootElement.GetProperty("source").GetString());
        Assert.Equal("hour", first.RootElement.GetProperty("pay").GetProperty("interval").GetString());
        Assert.True(first.RootElement.GetProperty("relevant").GetBoolean());
        Assert.Contains("job #4", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_reads_the_real_greenhouse_payload()
    {
        var (code, stdout, _) = await CliRunner.RunAsync("parse", "--format", "auto", Paths.RealWorld("sources/greenhouse_hunt.json"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(2, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"source\":\"greenhouse:vercel\"", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExitCodes.BadUsage, "frobnicate")]
    [InlineData(ExitCodes.BadUsage, "parse", "--format", "nope", "x.json")]
    [InlineData(ExitCodes.BadUsage, "parse", "x.json")]
    [InlineData(ExitCodes.BadUsage, "search", "rater", "--limit", "0")]
    [InlineData(ExitCodes.HandledError, "parse", "--format", "greenhouse", "/no/such/file.json")]
    [InlineData(ExitCodes.HandledError, "bench", "load", "--url", "http://127.0.0.1:9", "--only", "search, uncached", "everything")]
    public async Task Bad_usage_exits_2_and_handled_errors_exit_1_with_one_line(int expected, params string[] args)
    {
        var (code, _, stderr) = await CliRunner.RunAsync(args);

        Assert.Equal(expected, code);
        Assert.StartsWith("jobscout: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_payload_is_a_handled_error()
    {
        var file = Path.Combine(_dir.Path, "broken.json");
        await File.WriteAllTextAsync(file, "{\"jobs\": [ {\"id\": 1, ");

        var (code, _, stderr) = await CliRunner.RunAsync("parse", "--format", "greenhouse", file);

        Assert.Equal(ExitCodes.HandledError, code);
        Assert.Contains("not valid JSON", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Import_then_search_and_reindex_use_the_data_directory()
    {
        var data = Path.Combine(_dir.Path, "state");
        var import = await CliRunner.RunAsync("--data-dir", data, "import", Paths.Fixture("greenhouse_board.json"));
        Assert.Equal(ExitCodes.Success, import.Code);
        Assert.Contains("3 new", import.Stdout, StringComparison.Ordinal);

        var search = await CliRunner.RunAsync("--data-dir", data, "search", "search quality", "--json");
        Assert.Equal(ExitCodes.Success, search.Code);
        using var json = JsonDocument.Parse(search.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("Search Quality Rater (Part-Time)", json.RootElement.GetProperty("hits")[0].GetProperty("title").GetString());

        var reindex = await CliRunner.RunAsync("--data-dir", data, "reindex");
        Assert.Equal(ExitCodes.Success, reindex.Code);
        Assert.Contains("Reindexed 3 change(s)", reindex.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
