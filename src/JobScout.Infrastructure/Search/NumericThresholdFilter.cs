using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// "Value ≥ threshold" over a numeric doc-values field, from a per-segment array cached with the segment: one
/// tight pass over the segment's documents, instead of walking the postings of a numeric range that may cover
/// most of the index (minimum pay and "posted within" are broad by nature).
/// </summary>
internal sealed class NumericThresholdFilter(string field, double threshold, bool isDouble) : Filter
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, double[]>> Cache = new();

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var reader = context.AtomicReader;
        var values = ValuesOf(reader);
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

    private double[] ValuesOf(AtomicReader reader)
    {
        var byField = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, double[]>(StringComparer.Ordinal));
        lock (byField)
        {
            if (!byField.TryGetValue(field, out var values))
            {
                values = new double[reader.MaxDoc];
                var docValues = reader.GetNumericDocValues(field);
                for (var doc = 0; doc < values.Length; doc++)
                {
                    var raw = docValues?.Get(doc) ?? 0;
                    values[doc] = isDouble ? BitConverter.Int64BitsToDouble(raw) : raw;
                }

                byField[field] = values;
            }

            return values;
        }
    }

    public override bool Equals(object? obj) => obj is NumericThresholdFilter other && other.ToString() == ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    public override string ToString() => $"{field}>={threshold}";
}
