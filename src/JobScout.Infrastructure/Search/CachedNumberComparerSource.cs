using Lucene.Net.Index;
using Lucene.Net.Search;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// Sorts on a numeric field from the per-segment arrays of <see cref="SegmentNumbers"/>. Lucene's own numeric sort
/// reads doc values through the codec for every compared hit, which made "newest first" over a broad search cost
/// more than finding the hits; a missing value sorts as 0, as it does there.
/// </summary>
internal sealed class CachedNumberComparerSource(bool isDouble) : FieldComparerSource
{
    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
        new Comparer(fieldname, isDouble, numHits);

    // Lucene.Net boxes sort values as J2N numbers; only the rarely used value accessors touch them.
    private sealed class Comparer(string field, bool isDouble, int numHits) : FieldComparer<J2N.Numerics.Double>
    {
        private readonly double[] _slots = new double[numHits];
        private double[] _segment = [];
        private double _bottom;
        private double _top;

        public override J2N.Numerics.Double this[int slot] => J2N.Numerics.Double.GetInstance(_slots[slot]);

        public override int Compare(int slot1, int slot2) => _slots[slot1].CompareTo(_slots[slot2]);

        public override void SetBottom(int slot) => _bottom = _slots[slot];

        public override void SetTopValue(J2N.Numerics.Double value) => _top = value.ToDouble();

        public override int CompareBottom(int doc) => _bottom.CompareTo(_segment[doc]);

        public override int CompareTop(int doc) => _top.CompareTo(_segment[doc]);

        public override void Copy(int slot, int doc) => _slots[slot] = _segment[doc];

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            _segment = SegmentNumbers.Of(context.AtomicReader, field, isDouble);
            return this;
        }
    }
}
