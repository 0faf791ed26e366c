using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// A numeric doc-values field read once per segment into a plain array and kept as long as the segment lives (keyed on
/// its core, so reopened readers share it). Reading doc values through the codec costs a packed decode per document;
/// filters and the pay histogram touch most documents of a broad search, so they read the array instead.
/// </summary>
internal static class SegmentNumbers
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, double[]>> Cache = new();

    /// <summary>The field's value for every document of the segment (0 where a document has none).</summary>
    public static double[] Of(AtomicReader reader, string field, bool isDouble)
    {
        var byField = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, double[]>(StringComparer.Ordinal));
        lock (byField)
        {
            if (!byField.TryGetValue(field, out var values))
            {
                values = Read(reader, field, isDouble);
                byField[field] = values;
            }

            return values;
        }
    }

    private static double[] Read(AtomicReader reader, string field, bool isDouble)
    {
        var values = new double[reader.MaxDoc];
        var docValues = reader.GetNumericDocValues(field);
        if (docValues is null)
        {
            return values;
        }

        for (var doc = 0; doc < values.Length; doc++)
        {
            var raw = docValues.Get(doc);
            values[doc] = isDouble ? BitConverter.Int64BitsToDouble(raw) : raw;
        }

        return values;
    }
}
