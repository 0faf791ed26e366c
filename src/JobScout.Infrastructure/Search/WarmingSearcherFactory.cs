using Lucene.Net.Index;
using Lucene.Net.Search;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// Builds each new segment's caches (facet bitsets and ordinals, the pay and date arrays that filters, sorts and the
/// pay histogram read) while the refreshed searcher is being opened, before any search can see it: otherwise the
/// first searches after a crawl or a start-up pay for them, and under load they queue behind each other.
/// </summary>
internal sealed class WarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            Warm(leaf.AtomicReader);
        }

        return new IndexSearcher(reader);
    }

    // Each cache is keyed on the segment's core, so a segment already warmed costs nothing here.
    private static void Warm(AtomicReader segment)
    {
        var facets = SegmentFacets.For(segment);
        foreach (var facet in FacetField.All.Where(f => f.LongTail))
        {
            _ = facets.Ords(facet.Field);
        }

        _ = SegmentNumbers.Of(segment, ListingFields.Hourly, isDouble: true);
        _ = SegmentNumbers.Of(segment, ListingFields.Posted, isDouble: false);
    }
}
