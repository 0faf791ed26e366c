using JobScout.Infrastructure.Search;
using Microsoft.AspNetCore.OutputCaching;

namespace JobScout.Web.Hosting;

/// <summary>Drops every cached page built from listings the moment the index changes, so no visitor sees a stale search.</summary>
public sealed class OutputCacheEviction(ListingIndex index, IOutputCacheStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        index.Changed += Evict;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        index.Changed -= Evict;
        return Task.CompletedTask;
    }

    // The in-memory store evicts synchronously; waiting here means a commit's change is visible to the next request.
    private void Evict() => store.EvictByTagAsync(OutputCachingExtensions.ListingsTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
