using System.Diagnostics;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Xunit.Abstractions;

namespace JobScout.Tests.Resilience;

/// <summary>
/// kill -9 of a <c>jobscout</c> process at random moments during a crawl and during a reindex, 20 times each, on one
/// data directory: after every restart the database and the index hold exactly the same listing ids, each once.
/// </summary>
[Trait("Provider", "Sqlite")]
public sealed class CrashConsistencyTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 20;
    private const int Jobs = 800;
    private readonly TempDirectory _dir = new();
    private readonly WireMockServer _board = WireMockServer.Start();
    private readonly Random _random = new(20261127);

    [Fact]
    public async Task Killed_crawls_and_reindexes_leave_the_database_and_the_index_in_step()
    {
        var data = Path.Combine(_dir.Path, "data");
        var crawlKills = await KillRepeatedlyAsync(data, "crawl", round => Serve(round), ["crawl", "--source", "board"], 1200, 3600);
        var reindexKills = await KillRepeatedlyAsync(data, "reindex", _ => { }, ["reindex"], 600, 2000);

        // Nothing lost: an uninterrupted crawl of the last board stores every job once, and the index agrees.
        Serve(round: Kills);
        var (code, _) = await RunToEndAsync(data, ["crawl", "--source", "board"]);
        Assert.Equal(0, code);
        var ids = await AssertInStepAsync(data);
        Assert.Equal(Jobs + Kills, ids); // each round added one job
        Report($"crash: {crawlKills} of {Kills} crawls and {reindexKills} of {Kills} reindexes killed mid-run (kill -9); after every restart database and index held the same ids; finally {ids} listings, none lost or doubled");
    }

    /// <summary>Runs the command <see cref="Kills"/> times, killing it at a random moment; returns how many kills hit a running command.</summary>
    private async Task<int> KillRepeatedlyAsync(string data, string what, Action<int> prepare, string[] command, int earliestMs, int latestMs)
    {
        var midRun = 0;
        for (var round = 0; round < Kills; round++)
        {
            prepare(round);
            using var process = Start(data, command);
            var after = _random.Next(earliestMs, latestMs);
            var exited = process.WaitForExit(after);
            if (!exited)
            {
                process.Kill(entireProcessTree: true); // SIGKILL
                midRun++;
            }

            await process.WaitForExitAsync();
            var count = await AssertInStepAsync(data);
            output.WriteLine($"{what} round {round + 1}: {(exited ? "finished before" : "killed at")} {after} ms; {count} listings in step");
        }

        return midRun;
    }

    /// <summary>A restart (migrate, catch the index up), then the check: the same ids in both, each once.</summary>
    private static async Task<int> AssertInStepAsync(string data)
    {
        await using var services = await TestServices.CreateInitializedAsync(data);
        var stored = await services.GetRequiredService<ListingStore>().SearchableIdsAsync();
        var indexed = services.GetRequiredService<ListingIndex>().AllIds().Order().ToList();
        Assert.Equal(stored, indexed);
        return stored.Count;
    }

    /// <summary>Round r's board: the first 800 + r jobs, with every tenth title changed, so each crawl inserts and updates.</summary>
    private void Serve(int round)
    {
        var jobs = Enumerable.Range(1, Jobs + round).Select(i => GreenhousePayloads.Job(
            3_000 + i,
            i % 10 == round % 10 ? $"AI Response Rater {i} (round {round})" : $"AI Response Rater {i}",
            $"<p>Rate chatbot answers against a rubric, batch {i % 37}. Compensation: ${20 + (i % 30)}/hour.</p>"));
        _board.ResetMappings();
        _board.Given(Request.Create().WithPath("/v1/boards/board/jobs").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(GreenhousePayloads.Json(jobs)));
    }

    private async Task<(int Code, string Output)> RunToEndAsync(string data, string[] command)
    {
        using var process = Start(data, command);
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, stdout);
    }

    private Process Start(string data, string[] command)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Cli());
        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(data);
        foreach (var arg in command)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["JobScout__Crawler__AllowPrivateNetworks"] = "true";
        start.Environment["JobScout__Crawler__PerHostDelayMilliseconds"] = "0";
        start.Environment["JobScout__Crawler__RetryAttempts"] = "0";
        start.Environment["JobScout__Sources__0__Id"] = "board";
        start.Environment["JobScout__Sources__0__Kind"] = "greenhouse";
        start.Environment["JobScout__Sources__0__Board"] = "board";
        start.Environment["JobScout__Sources__0__BaseUrl"] = _board.Url!;
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static string Cli() => Paths.Built("JobScout.Cli", "jobscout.dll");

    private void Report(string line)
    {
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "resilience-figures.txt"), $"{DateTimeOffset.UtcNow:O} {line}\n");
    }

    public void Dispose()
    {
        _board.Stop();
        _board.Dispose();
        _dir.Dispose();
    }
}
