using JobScout.Infrastructure.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Search;

/// <summary>Picks up changes other processes wrote (the CLI's import, another node's crawl) every few seconds.</summary>
public sealed class IndexFollowerService(IndexFollower follower, IOptions<JobScoutOptions> options, ILogger<IndexFollowerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.Index.FollowIntervalSeconds));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await follower.CatchUpAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.IndexCatchUpFailed(ex);
            }
        }
    }
}
