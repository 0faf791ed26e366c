using Dapper;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobScout.Infrastructure.Crawling;

/// <summary>
/// Starts the clustered scheduler. Nodes starting together race to create Quartz's tables, its lock rows and the same
/// jobs and triggers; holding one PostgreSQL advisory lock while each builds its scheduler makes them take turns, and a
/// start that fails anyway (the database not up yet) is retried with back-off while the site keeps serving.
/// </summary>
public sealed class ClusteredSchedulerHost(
    ISchedulerFactory factory,
    DbConnectionFactory connections,
    IOptions<JobScoutOptions> options,
    ILogger<ClusteredSchedulerHost> logger) : BackgroundService
{
    private const long StartupLockKey = 5_218_034_118;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    private IScheduler? _scheduler;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                _scheduler = await BuildUnderLockAsync(stoppingToken);
                await _scheduler.Start(stoppingToken);
                logger.SchedulerStarted(options.Value.Cluster.EffectiveNodeName);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.SchedulerStartRetry(ex, attempt, delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, delay.Ticks * 2));
            }
        }
    }

    private async Task<IScheduler> BuildUnderLockAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = StartupLockKey }, cancellationToken: ct));
        try
        {
            return await factory.GetScheduler(ct);
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = StartupLockKey });
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_scheduler is { } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }
}
