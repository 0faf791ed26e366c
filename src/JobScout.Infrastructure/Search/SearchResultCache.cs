using System.Collections.Concurrent;
using System.Text.Json;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// Results of recent searches, valid until the index changes or the minute turns (filters such as "posted within N
/// days" move with the clock). Searches repeat — the same few queries from many visitors — and this answers those
/// without touching the index. Bounded: past <see cref="MaxEntries"/> different searches it starts afresh.
/// </summary>
public sealed class SearchResultCache(ListingIndex index, TimeProvider clock)
{
    private const int MaxEntries = 4_096;
    private static readonly JsonSerializerOptions KeyJson = new(JsonSerializerDefaults.Web);
    private Snapshot _current = new(-1, -1, new ConcurrentDictionary<string, Lazy<SearchResults>>(StringComparer.Ordinal));

    public SearchResults GetOrAdd(SearchRequest request, Func<SearchRequest, SearchResults> search)
    {
        if (request.OnlyIds is not null)
        {
            return search(request); // one-off alert checks over a crawl's new listings
        }

        var snapshot = Current();
        if (snapshot.Results.Count >= MaxEntries)
        {
            Interlocked.CompareExchange(ref _current, snapshot with { Results = new(StringComparer.Ordinal) }, snapshot);
            snapshot = Volatile.Read(ref _current);
        }

        // One search per key even when many visitors ask at once (the minute turning, a popular query after a crawl).
        var key = JsonSerializer.Serialize(request, KeyJson);
        var entry = snapshot.Results.GetOrAdd(key, _ => new Lazy<SearchResults>(() => search(request), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch
        {
            snapshot.Results.TryRemove(key, out _);
            throw;
        }
    }

    private Snapshot Current()
    {
        var generation = index.Generation;
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        var snapshot = Volatile.Read(ref _current);
        if (snapshot.Generation == generation && snapshot.Minute == minute)
        {
            return snapshot;
        }

        var fresh = new Snapshot(generation, minute, new ConcurrentDictionary<string, Lazy<SearchResults>>(StringComparer.Ordinal));
        Interlocked.CompareExchange(ref _current, fresh, snapshot);
        return Volatile.Read(ref _current);
    }

    private sealed record Snapshot(long Generation, long Minute, ConcurrentDictionary<string, Lazy<SearchResults>> Results);
}
