using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Coaching;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Alerts;

/// <summary>What one alert check did.</summary>
public sealed record AlertCheckSummary(int SearchesChecked, int AlertsCreated, int EmailsSent);

/// <summary>
/// Finds the listings new to each due saved search since its last check and alerts its owner, or, for a coach's
/// collection, the coach and every client it is shared with: in the app, in the search's feed and by e-mail.
/// </summary>
public sealed class AlertChecker(
    SavedSearchStore searches,
    AlertStore alerts,
    ListingStore listings,
    ListingSearcher searcher,
    CollectionStore collections,
    UserStore users,
    AlertMailer mailer,
    IOptions<JobScoutOptions> options,
    TimeProvider clock,
    ILogger<AlertChecker> logger)
{
    private const int MaxCandidates = 5000;

    /// <param name="afterCrawl">True when a crawl just ended: only "after each crawl" searches are checked.</param>
    /// <param name="ct">Stops the check between saved searches.</param>
    public async Task<AlertCheckSummary> RunAsync(bool afterCrawl, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var due = (await searches.AllAsync(ct))
            .Where(s => afterCrawl ? s.Frequency == AlertFrequency.AfterCrawl : AlertFrequency.IsDue(s, now))
            .ToList();
        int created = 0, emailed = 0;
        foreach (var search in due)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                var (alertCount, emailCount) = await CheckAsync(search, now, ct);
                created += alertCount;
                emailed += emailCount;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.AlertCheckFailed(search.Id, exception);
            }
        }

        logger.AlertsChecked(due.Count, created, emailed);
        return new AlertCheckSummary(due.Count, created, emailed);
    }

    private async Task<(int Alerts, int Emails)> CheckAsync(SavedSearch search, DateTimeOffset now, CancellationToken ct)
    {
        // Look back a little before the last check: a listing stored just before it may have been indexed just after.
        var lookBack = (search.CheckedAt ?? search.CreatedAt) - TimeSpan.FromMinutes(options.Value.Alerts.OverlapMinutes);
        var since = lookBack > search.CreatedAt ? lookBack : search.CreatedAt;
        var candidates = await listings.FirstSeenSinceAsync(since, MaxCandidates, ct);
        var matches = candidates.Count == 0 ? [] : Match(search, candidates);
        var recipients = new List<long> { search.OwnerId };
        if (search.CollectionId is { } collectionId)
        {
            recipients.AddRange(await collections.SharedClientIdsAsync(collectionId, ct));
        }

        var added = await alerts.AddAsync(search.Id, recipients.Distinct().ToList(), matches.Select(m => m.Id).ToList(), ct);
        var emails = await EmailAsync(search, added, matches, ct);
        await searches.MarkCheckedAsync(search.Id, now, ct);
        return (added.Sum(a => a.Value.Count), emails);
    }

    private List<SearchHit> Match(SavedSearch search, IReadOnlyList<long> candidates)
    {
        var request = SearchParameters.FromQueryString(search.Query).ToRequest(SearchRequest.MaxPageSize) with
        {
            Page = 1,
            Sort = SearchSort.Newest,
            OnlyIds = candidates,
            WithFacets = false,
            WithHighlights = false,
        };
        return searcher.Search(request).Hits.ToList();
    }

    private async Task<int> EmailAsync(SavedSearch search, IReadOnlyDictionary<long, IReadOnlyList<long>> added, List<SearchHit> matches, CancellationToken ct)
    {
        if (!mailer.CanDeliver || added.All(a => a.Value.Count == 0))
        {
            return 0;
        }

        var sent = 0;
        var accounts = await users.FindManyAsync(added.Keys, ct);
        foreach (var (userId, listingIds) in added)
        {
            if (listingIds.Count == 0 || !accounts.TryGetValue(userId, out var user) || !user.EmailAlerts)
            {
                continue;
            }

            try
            {
                await mailer.SendAsync(user, search, matches.Where(m => listingIds.Contains(m.Id)).ToList(), ct);
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.AlertEmailFailed(userId, exception);
            }
        }

        return sent;
    }
}
