using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// "Value ≥ threshold" over a numeric doc-values field: one tight pass over the segment's cached values, instead of
/// walking the postings of a numeric range that may cover most of the index (minimum pay and "posted within" are
/// broad by nature).
/// </summary>
internal sealed class NumericThresholdFilter(string field, double threshold, bool isDouble) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var reader = context.AtomicReader;
        var values = SegmentNumbers.Of(reader, field, isDouble);
        var bits = new FixedBitSet(reader.MaxDoc);
        for (var doc = 0; doc < values.Length; doc++)
        {
            if (values[doc] >= threshold && (acceptDocs is null || acceptDocs.Get(doc)))
            {
                bits.Set(doc);
            }
        }

        return bits;
    }

    public override bool Equals(object? obj) => obj is NumericThresholdFilter other && other.ToString() == ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    public override string ToString() => $"{field}>={threshold}";
}
