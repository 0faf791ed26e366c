using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Search;

public sealed record CatchUpResult(int Applied, long Sequence);

/// <summary>
/// Keeps the index in step with the database by following the change sequence. Safe to call from anywhere:
/// one catch-up runs at a time, and a crash between "stored" and "indexed" is repaired by the next call.
/// </summary>
public sealed class IndexFollower(ListingStore store, ListingIndex index, IOptions<JobScoutOptions> options, ILogger<IndexFollower> logger) : IDisposable
{
    private const int BatchSize = 2000;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<CatchUpResult> CatchUpAsync(CancellationToken ct = default)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            return await ApplyChangesAsync(fresh: false, ct);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<CatchUpResult> ApplyChangesAsync(bool fresh, CancellationToken ct)
    {
        var applied = 0;
        if (!index.HasCurrentSchema)
        {
            index.Clear(); // written by an older JobScout: rebuilt from the database below
            fresh = true;
        }

        var sequence = index.CommittedSequence;
        while (true)
        {
            var batch = await store.ChangedSinceAsync(sequence, BatchSize, ct);
            if (batch.Count == 0)
            {
                break;
            }

            sequence = batch[^1].ChangeSeq;
            index.Apply(batch, sequence, fresh);
            applied += batch.Count;
        }

        if (applied > 0)
        {
            logger.IndexCaughtUp(applied, sequence);
        }

        if (applied >= Math.Max(1, options.Value.Index.CompactAfterChanges))
        {
            Compact();
        }

        return new CatchUpResult(applied, sequence);
    }

    /// <summary>Rebuilds the index from the database.</summary>
    public async Task<CatchUpResult> RebuildAsync(CancellationToken ct = default)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            index.Clear();
            return await ApplyChangesAsync(fresh: true, ct);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private void Compact()
    {
        try
        {
            index.Compact();
            logger.IndexCompacted(index.SegmentCount);
        }
        catch (IOException ex)
        {
            // Everything is indexed and committed already; only the merge failed, so searches carry on over more segments.
            logger.IndexCompactFailed(ex.Message);
        }
    }

    public void Dispose() => _oneAtATime.Dispose();
}
