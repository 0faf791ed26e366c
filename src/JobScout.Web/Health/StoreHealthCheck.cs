using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobScout.Web.Health;

public sealed class StoreHealthCheck(ListingStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stats = await store.StatsAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database answers.", new Dictionary<string, object>
            {
                ["openListings"] = stats.OpenListings,
                ["allListings"] = stats.AllListings,
                ["changeSequence"] = stats.ChangeSequence,
                ["schemaVersion"] = stats.SchemaVersion,
            });
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read: " + ex.Message);
        }
    }
}
