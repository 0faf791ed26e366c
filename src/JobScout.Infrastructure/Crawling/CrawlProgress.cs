using System.Collections.Concurrent;

namespace JobScout.Infrastructure.Crawling;

public sealed record CrawlProgressSnapshot(string SourceId, DateTimeOffset StartedAt, string Stage, int Pages, int Fetched, int Kept, int New, int Updated);

/// <summary>What each running crawl has done so far, for the sources page and the terminal.</summary>
public sealed class CrawlProgress(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, CrawlProgressSnapshot> _running = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<CrawlProgressSnapshot> Running => _running.Values.ToList();

    public CrawlProgressSnapshot? For(string sourceId) => _running.GetValueOrDefault(sourceId);

    public void Start(string sourceId) => _running[sourceId] = new CrawlProgressSnapshot(sourceId, clock.GetUtcNow(), "starting", 0, 0, 0, 0, 0);

    public void Report(string sourceId, Func<CrawlProgressSnapshot, CrawlProgressSnapshot> change) =>
        _running.AddOrUpdate(sourceId, id => change(new CrawlProgressSnapshot(id, clock.GetUtcNow(), "starting", 0, 0, 0, 0, 0)), (_, old) => change(old));

    public void Finish(string sourceId) => _running.TryRemove(sourceId, out _);
}
