using JobScout.Core.Sources;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.Logging;

namespace JobScout.Infrastructure.Crawling;

public sealed record CrawlSummary(string SourceId, bool Succeeded, int Fetched, UpsertCounts Counts, int Skipped, string? Error);

/// <summary>
/// One run of one source: fetch, parse, store, record. It returns only after the index has caught up,
/// so what the run stored is searchable the moment it ends. A failure is recorded, never thrown.
/// </summary>
public sealed class CrawlRunner(
    PayloadDownloader downloader,
    ListingStore listings,
    CrawlRunStore runs,
    IndexFollower follower,
    ILogger<CrawlRunner> logger)
{
    public async Task<CrawlSummary> RunAsync(SourceOptions source, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        var runId = await runs.StartAsync(source.Id, ct);
        var fetched = 0;
        var skipped = 0;
        var counts = UpsertCounts.None;
        try
        {
            var uri = SourceFetchers.RequestUri(source);
            progress?.Report($"{source.Id}: fetching {uri}");
            var payload = await downloader.DownloadAsync(uri, ct);
            var parsed = SourceParsers.For(source.Kind).Parse(payload, SourceFetchers.SourceKey(source));
            fetched = parsed.Listings.Count + parsed.Problems.Count;
            skipped = parsed.Problems.Count;
            var kept = source.OnlyRelevant ? parsed.Listings.Where(l => l.Relevant).ToList() : parsed.Listings;
            progress?.Report($"{source.Id}: parsed {parsed.Listings.Count} listing(s), {kept.Count} AI-training, skipped {skipped}");
            counts = await listings.UpsertAsync(kept, isExample: false, ct);
            if (kept.Count > 0)
            {
                await listings.RetireExamplesAsync(ct);
            }

            await follower.CatchUpAsync(ct);
            await runs.FinishAsync(runId, CrawlRunStatus.Succeeded, fetched, counts, skipped, Describe(parsed.Problems), CancellationToken.None);
            progress?.Report($"{source.Id}: {counts.New} new, {counts.Updated} updated, {counts.Unchanged} unchanged");
            return new CrawlSummary(source.Id, true, fetched, counts, skipped, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any failure of one source is recorded and shown; it must never leave a run "running" or stop the others.
            logger.CrawlFailed(source.Id, ex.Message);
            await runs.FinishAsync(runId, CrawlRunStatus.Failed, fetched, counts, skipped, ex.Message, CancellationToken.None);
            progress?.Report($"{source.Id}: failed: {ex.Message}");
            return new CrawlSummary(source.Id, false, fetched, counts, skipped, ex.Message);
        }
        catch (OperationCanceledException)
        {
            await runs.FinishAsync(runId, CrawlRunStatus.Failed, fetched, counts, skipped, "Stopped before it finished.", CancellationToken.None);
            throw;
        }
    }

    private static string? Describe(IReadOnlyList<string> problems) =>
        problems.Count == 0 ? null : $"{problems.Count} posting(s) skipped; first: {problems[0]}";
}
