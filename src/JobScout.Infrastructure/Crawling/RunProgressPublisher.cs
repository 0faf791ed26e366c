using System.Data.Common;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.Logging;

namespace JobScout.Infrastructure.Crawling;

/// <summary>
/// Saves a running crawl's progress on its run record once a second while it changes, so the sources page of every
/// node (and of a site watching a terminal crawl) shows it, not only the page of the process doing the work.
/// </summary>
internal sealed class RunProgressPublisher : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private RunProgressPublisher(CrawlRunStore runs, CrawlProgress progress, long runId, string sourceId, ILogger logger) =>
        _loop = PublishAsync(runs, progress, runId, sourceId, logger, _stop.Token);

    public static RunProgressPublisher Start(CrawlRunStore runs, CrawlProgress progress, long runId, string sourceId, ILogger logger) =>
        new(runs, progress, runId, sourceId, logger);

    private static async Task PublishAsync(CrawlRunStore runs, CrawlProgress progress, long runId, string sourceId, ILogger logger, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Interval);
        CrawlProgressSnapshot? saved = null;
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                if (progress.For(sourceId) is { } now && now != saved)
                {
                    await runs.SaveProgressAsync(runId, now, ct);
                    saved = now;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the run ended
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException)
        {
            // Progress is a courtesy to other nodes: a busy or lost database must not fail the crawl itself.
            logger.ProgressNotSaved(sourceId, ex.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
