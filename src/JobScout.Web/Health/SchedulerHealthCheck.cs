using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace JobScout.Web.Health;

/// <summary>Whether this node's scheduler runs, under which node name, and whether it is clustered with others.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Only schedulers already built: building one here would race the clustered start-up.
        var scheduler = (await factory.GetAllSchedulers(cancellationToken)).FirstOrDefault();
        if (scheduler is null)
        {
            return HealthCheckResult.Degraded("The scheduler is not running yet.");
        }

        var meta = await scheduler.GetMetadata(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["node"] = meta.SchedulerInstanceId,
            ["clustered"] = meta.JobStoreClustered,
            ["status"] = meta.Status.ToString(),
            ["jobsExecuted"] = meta.JobsExecuted,
        };
        return meta.Status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("The scheduler runs.", data)
            : HealthCheckResult.Degraded($"The scheduler is {meta.Status}.", data: data);
    }
}
