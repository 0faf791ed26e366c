using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// One pass over the matches of the query and its base filters: records every match per segment (for facet
/// counts, drill-sideways included) and forwards those that also pass the facet selections to the top-N collector.
/// </summary>
internal sealed class HitCollector(ICollector top, IReadOnlyDictionary<string, IReadOnlyList<string>> selectionsByField) : ICollector
{
    private readonly List<SegmentHits> _segments = [];
    private SegmentHits? _current;

    public IReadOnlyList<SegmentHits> Segments => _segments;

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        var facets = SegmentFacets.For(reader);
        var selected = selectionsByField.ToDictionary(
            s => s.Key,
            s => FacetField.IsSmallField(s.Key)
                ? facets.AnyOf(s.Key, s.Value.ToList(), reader.MaxDoc) ?? new FixedBitSet(reader.MaxDoc)
                : SegmentFacets.FromPostings(reader, s.Key, s.Value),
            StringComparer.Ordinal);
        FixedBitSet? passing = null;
        foreach (var bits in selected.Values)
        {
            if (passing is null)
            {
                passing = bits.Clone();
            }
            else
            {
                passing.And(bits);
            }
        }

        _current = new SegmentHits(context, facets, new FixedBitSet(reader.MaxDoc), selected, passing);
        _segments.Add(_current);
        top.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var segment = _current!;
        segment.Matches.Set(doc);
        if (segment.Passing is null || segment.Passing.Get(doc))
        {
            Total++;
            top.Collect(doc);
        }
    }
}

/// <summary>A segment's matches before facet selections, and each selected facet's documents.</summary>
internal sealed record SegmentHits(
    AtomicReaderContext Context,
    SegmentFacets Facets,
    FixedBitSet Matches,
    IReadOnlyDictionary<string, FixedBitSet> SelectedByField,
    FixedBitSet? Passing)
{
    /// <summary>The hits a facet is counted over: every selection but its own (drill-sideways).</summary>
    public FixedBitSet HitsFor(string field)
    {
        var hits = Matches.Clone();
        foreach (var (other, bits) in SelectedByField)
        {
            if (other != field)
            {
                hits.And(bits);
            }
        }

        return hits;
    }
}
