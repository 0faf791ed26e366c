using JobScout.Core.Terms;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Crawling.Http;
using JobScout.Infrastructure.Crawling.Terms;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Crawling;

public sealed record CrawlSummary(string SourceId, bool Succeeded, int Fetched, UpsertCounts Counts, int Skipped, int Closed, string? Error);

/// <summary>
/// One run of one source: plan its searches (or read the whole board), fetch page by page, store, close what
/// a whole board stopped showing, record term yield. It returns only after the index has caught up, so what
/// the run stored is searchable the moment it ends. A failure is recorded, never thrown.
/// </summary>
public sealed class CrawlRunner(
    PayloadDownloader downloader,
    ListingStore listings,
    CrawlRunStore runs,
    SearchTermPlanner planner,
    SearchTermStore terms,
    IndexFollower follower,
    CrawlProgress progress,
    IOptions<JobScoutOptions> options,
    ILogger<CrawlRunner> logger)
{
    // A whole-board source makes one pass without a query.
    private static readonly List<string?> WholeBoard = [null];

    public async Task<CrawlSummary> RunAsync(
        SourceOptions source, string trigger = CrawlTrigger.Schedule, IProgress<string>? report = null, DateTimeOffset? scheduledFor = null, CancellationToken ct = default)
    {
        var runId = await runs.StartAsync(source.Id, trigger, scheduledFor, ct);
        progress.Start(source.Id);
        var tally = new CrawlTally();
        await using var publisher = RunProgressPublisher.Start(runs, progress, runId, source.Id, logger);
        try
        {
            var matrix = SearchTermMatrix.Default;
            var queries = SourceEndpoints.TakesQuery(source)
                ? (await planner.PlanAsync(source, SourceEndpoints.DailyBudget(source), matrix, ct)).Select(q => (string?)q).ToList()
                : WholeBoard;
            if (queries.Count == 0)
            {
                return await FinishAsync(runId, source, tally, "The daily search budget is used up; the next searches run tomorrow.", report);
            }

            var pass = new SourcePass(downloader, listings, options.Value.Crawler.MaxPagesPerRun);
            foreach (var query in queries)
            {
                var before = tally.Added.Count(l => l.Relevant);
                var fetchedBefore = tally.Fetched;
                await pass.RunAsync(source, query, tally, stage => progress.Report(source.Id, s => tally.Apply(s, stage)), report, ct);
                if (query is not null)
                {
                    await terms.RecordAsync(source.Id, query, runId, tally.Fetched - fetchedBefore, tally.Added.Count(l => l.Relevant) - before, ct);
                }
            }

            var closed = 0;
            if (SourceEndpoints.IsWholeBoard(source) && !tally.NotModified && !tally.Truncated)
            {
                closed = await listings.MarkMissingAsync(SourceEndpoints.ListingSource(source), tally.SeenSourceIds, options.Value.Crawler.CloseAfterMissedRuns, ct);
                await CreditMatrixTermsAsync(source, runId, tally, matrix, ct);
            }

            if (tally.Kept > 0)
            {
                await listings.RetireExamplesAsync(ct);
            }

            progress.Report(source.Id, s => tally.Apply(s, "indexing"));
            await CatchUpIndexAsync(ct);
            await pass.RememberValidatorsAsync(ct);
            var note = tally.Problems.Count == 0 ? null : $"{tally.Problems.Count} posting(s) skipped; first: {tally.Problems[0]}";
            return await FinishAsync(runId, source, tally, note, report, closed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any failure of one source is recorded and shown; it must never leave a run "running" or stop the others.
            logger.CrawlFailed(source.Id, ex.Message);
            await runs.FinishAsync(runId, new CrawlRunOutcome(CrawlRunStatus.Failed, tally.Fetched, tally.Counts, tally.Skipped, 0, ex.Message), CancellationToken.None);
            report?.Report($"{source.Id}: failed: {ex.Message}");
            return new CrawlSummary(source.Id, false, tally.Fetched, tally.Counts, tally.Skipped, 0, ex.Message);
        }
        catch (OperationCanceledException)
        {
            await runs.FinishAsync(runId, new CrawlRunOutcome(CrawlRunStatus.Failed, tally.Fetched, tally.Counts, tally.Skipped, 0, "Stopped before it finished."), CancellationToken.None);
            throw;
        }
        finally
        {
            progress.Finish(source.Id);
        }
    }

    private async Task<CrawlSummary> FinishAsync(long runId, SourceOptions source, CrawlTally tally, string? note, IProgress<string>? report, int closed = 0)
    {
        await runs.FinishAsync(runId, new CrawlRunOutcome(CrawlRunStatus.Succeeded, tally.Fetched, tally.Counts, tally.Skipped, closed, note), CancellationToken.None);
        var c = tally.Counts;
        report?.Report($"{source.Id}: done: {c.New} new, {c.Updated} updated, {c.Unchanged} unchanged, {c.Merged} merged, {closed} closed" +
                       (tally.NotModified ? " (not modified since last run)" : ""));
        return new CrawlSummary(source.Id, true, tally.Fetched, c, tally.Skipped, closed, null);
    }

    private async Task CatchUpIndexAsync(CancellationToken ct)
    {
        try
        {
            await follower.CatchUpAsync(ct);
        }
        catch (LockObtainFailedException)
        {
            // A terminal crawl beside the running site: the site owns the index and its follower indexes these rows within seconds.
            logger.IndexHeldByAnotherProcess();
        }
    }

    /// <summary>Whole boards are not searched, so a new relevant listing is credited to the matrix terms it mentions.</summary>
    private async Task CreditMatrixTermsAsync(SourceOptions source, long runId, CrawlTally tally, SearchTermMatrix matrix, CancellationToken ct)
    {
        foreach (var term in matrix.RelevanceTerms())
        {
            var found = tally.Added.Count(l => l.Relevant && (l.Title.Contains(term, StringComparison.OrdinalIgnoreCase) || l.Description.Contains(term, StringComparison.OrdinalIgnoreCase)));
            if (found > 0)
            {
                await terms.RecordAsync(source.Id, term, runId, 0, found, ct);
            }
        }
    }
}
