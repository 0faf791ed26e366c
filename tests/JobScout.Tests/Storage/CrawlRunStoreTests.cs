using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Storage;

/// <summary>A running crawl's progress saved on its run, for the sources pages of other processes.</summary>
public sealed class CrawlRunStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Progress_saved_on_a_running_run_is_read_back_with_its_node_and_cleared_when_it_finishes()
    {
        await using var services = await TestServices.CreateInitializedAsync(_dir.Path);
        var runs = services.GetRequiredService<CrawlRunStore>();
        var runId = await runs.StartAsync("board", CrawlTrigger.Manual);
        var progress = new CrawlProgressSnapshot("board", DateTimeOffset.UtcNow, "fetching page 2", 2, 40, 31, 12, 3);

        await runs.SaveProgressAsync(runId, progress);
        var running = (await runs.LatestBySourceAsync())["board"];

        Assert.Equal(CrawlRunStatus.Running, running.Status);
        Assert.Equal(Environment.MachineName, running.Node);
        Assert.Equal(progress with { StartedAt = running.Progress!.StartedAt }, running.Progress);
        Assert.Equal(progress.StartedAt.ToUnixTimeMilliseconds(), running.Progress.StartedAt.ToUnixTimeMilliseconds());

        await runs.FinishAsync(runId, new CrawlRunOutcome(CrawlRunStatus.Succeeded, 40, new UpsertCounts(12, 3, 16), 0, 0, null));
        await runs.SaveProgressAsync(runId, progress with { Stage = "late" }); // a save racing the finish changes nothing
        var finished = (await runs.LatestBySourceAsync())["board"];

        Assert.Equal(CrawlRunStatus.Succeeded, finished.Status);
        Assert.Null(finished.Progress);
        Assert.Equal(12, finished.New);
    }

    public void Dispose() => _dir.Dispose();
}
