using JobScout.Core.Sources;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Crawling.Http;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Crawling;

/// <summary>Reads one search (or the whole board) of a source page by page, storing each page as it comes.</summary>
internal sealed class SourcePass(PayloadDownloader downloader, ListingStore listings, int maxPages)
{
    private readonly List<FetchResult> _validated = [];

    public async Task RunAsync(SourceOptions source, string? query, CrawlTally tally, Action<string> stage, IProgress<string>? report, CancellationToken ct)
    {
        var parser = SourceParsers.For(source.Kind);
        var conditional = SourceEndpoints.SupportsConditionalGet(source);
        Uri? uri = SourceEndpoints.FirstPage(source, query);
        for (var page = 0; uri is not null; page++)
        {
            if (page >= maxPages)
            {
                tally.Truncated = true; // more pages than allowed: do not treat unseen listings as gone
                break;
            }

            stage($"fetching page {page + 1}{(query is null ? "" : $" of \"{query}\"")}");
            report?.Report($"{source.Id}: fetching {uri}");
            var result = await downloader.FetchAsync(uri, conditional, ct);
            if (result.NotModified)
            {
                tally.NotModified = true;
                report?.Report($"{source.Id}: not modified since the last run");
                return;
            }

            var parsed = parser.Parse(result.Body, SourceEndpoints.SourceKey(source));
            var kept = source.OnlyRelevant ? parsed.Listings.Where(l => l.Relevant).ToList() : parsed.Listings;
            tally.Pages++;
            tally.Fetched += parsed.Listings.Count + parsed.Problems.Count;
            tally.Skipped += parsed.Problems.Count;
            tally.Kept += kept.Count;
            tally.Problems.AddRange(parsed.Problems);
            tally.SeenSourceIds.UnionWith(parsed.Listings.Select(l => l.SourceId));
            stage("storing");
            var stored = await listings.UpsertBatchAsync(kept, isExample: false, ct);
            tally.Counts = tally.Counts.Add(stored.Counts);
            tally.Added.AddRange(stored.Added);
            report?.Report($"{source.Id}: page {page + 1}: {parsed.Listings.Count} listing(s), {kept.Count} AI-training, {stored.Counts.New} new");
            _validated.Add(result);
            uri = SourceEndpoints.NextPage(source, uri, result.Body, parsed.Listings.Count + parsed.Problems.Count);
        }
    }

    /// <summary>Saved only after the run stored everything, so a failed run is fetched in full next time.</summary>
    public async Task RememberValidatorsAsync(CancellationToken ct)
    {
        foreach (var result in _validated)
        {
            await downloader.RememberAsync(result, ct);
        }
    }
}
