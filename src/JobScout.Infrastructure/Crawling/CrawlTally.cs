using JobScout.Core.Listings;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Crawling;

/// <summary>What one run has done so far, added up across its pages and searches.</summary>
internal sealed class CrawlTally
{
    public int Pages { get; set; }
    public int Fetched { get; set; }
    public int Kept { get; set; }
    public int Skipped { get; set; }
    public UpsertCounts Counts { get; set; } = UpsertCounts.None;
    public List<NormalizedListing> Added { get; } = [];
    public HashSet<string> SeenSourceIds { get; } = new(StringComparer.Ordinal);
    public List<string> Problems { get; } = [];
    public bool NotModified { get; set; }
    public bool Truncated { get; set; }

    public CrawlProgressSnapshot Apply(CrawlProgressSnapshot snapshot, string stage) =>
        snapshot with { Stage = stage, Pages = Pages, Fetched = Fetched, Kept = Kept, New = Counts.New, Updated = Counts.Updated };
}
