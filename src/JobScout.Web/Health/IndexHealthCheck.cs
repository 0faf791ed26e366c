using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobScout.Web.Health;

/// <summary>Healthy when the index holds every change the database has; degraded while it is catching up.</summary>
public sealed class IndexHealthCheck(ListingIndex index, ListingStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var storeSequence = await store.CurrentSequenceAsync(cancellationToken);
            var indexed = index.CommittedSequence;
            var data = new Dictionary<string, object>
            {
                ["documents"] = index.DocumentCount,
                ["indexedSequence"] = indexed,
                ["storeSequence"] = storeSequence,
                ["lag"] = storeSequence - indexed,
            };
            return indexed >= storeSequence
                ? HealthCheckResult.Healthy("The index is up to date.", data)
                : HealthCheckResult.Degraded($"The index is {storeSequence - indexed} change(s) behind and catching up.", data: data);
        }
        catch (Exception ex) when (ex is IOException or Lucene.Net.Store.LockObtainFailedException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The index cannot be opened: " + ex.Message);
        }
    }
}
