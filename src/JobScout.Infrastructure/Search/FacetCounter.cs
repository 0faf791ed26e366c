using Lucene.Net.Util;

namespace JobScout.Infrastructure.Search;

/// <summary>Facet counts over the collected hits: bitset popcounts for small facets, per-hit ordinals for the long tail.</summary>
internal static class FacetCounter
{
    private const int LongTailTop = 12;

    public static List<FacetCounts> Count(IReadOnlyList<SegmentHits> segments, IReadOnlyDictionary<string, IReadOnlyList<string>> selections, IReadOnlyCollection<string>? only)
    {
        var results = new List<FacetCounts>();
        foreach (var facet in FacetField.All.Where(f => only is null || only.Contains(f.Name)))
        {
            var counts = facet.LongTail ? CountLongTail(segments, facet.Field) : CountSmall(segments, facet.Field);
            var selected = selections.GetValueOrDefault(facet.Name) ?? [];
            foreach (var value in selected.Where(v => !counts.ContainsKey(v)))
            {
                counts[value] = 0; // a selected value stays visible, so it can be removed
            }

            var values = counts
                .Where(c => c.Key != ListingFields.AnyCountry && (c.Value > 0 || selected.Contains(c.Key)))
                .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(facet.LongTail ? LongTailTop : int.MaxValue)
                .Select(c => new FacetValue(c.Key, c.Value, selected.Contains(c.Key)))
                .ToList();
            results.Add(new FacetCounts(facet.Name, facet.Label, values));
        }

        return results;
    }

    private static Dictionary<string, int> CountSmall(IReadOnlyList<SegmentHits> segments, string field)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            var hits = segment.HitsFor(field);
            foreach (var (value, bits) in segment.Facets.Values(field))
            {
                var count = (int)FixedBitSet.IntersectionCount(hits, bits);
                if (count > 0)
                {
                    counts[value] = counts.GetValueOrDefault(value) + count;
                }
            }
        }

        return counts;
    }

    /// <summary>Counts ordinals hit by hit (one value per listing), then resolves labels only for each segment's top ordinals.</summary>
    private static Dictionary<string, int> CountLongTail(IReadOnlyList<SegmentHits> segments, string field)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var term = new BytesRef();
        foreach (var segment in segments)
        {
            var docValues = segment.Context.AtomicReader.GetSortedDocValues(field);
            if (docValues is null)
            {
                continue;
            }

            var byOrd = new int[docValues.ValueCount];
            var ords = segment.Facets.Ords(field);
            var hits = segment.HitsFor(field);
            var words = hits.GetBits();
            for (var w = 0; w < FixedBitSet.Bits2words(hits.Length); w++)
            {
                // Walk the set bits of each 64-bit word directly: the hot loop of a broad search.
                for (var word = words[w]; word != 0; word &= word - 1)
                {
                    var ord = ords[(w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word)];
                    if (ord >= 0)
                    {
                        byOrd[ord]++;
                    }
                }
            }

            // Enough per segment that the merged top is right unless a value is spread thinly over many segments.
            foreach (var ord in TopOrdinals(byOrd, LongTailTop * 4))
            {
                docValues.LookupOrd(ord, term);
                var label = term.Utf8ToString();
                counts[label] = counts.GetValueOrDefault(label) + byOrd[ord];
            }
        }

        return counts;
    }

    private static IEnumerable<int> TopOrdinals(int[] counts, int take)
    {
        var queue = new PriorityQueue<int, int>();
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] == 0)
            {
                continue;
            }

            if (queue.Count < take)
            {
                queue.Enqueue(ord, counts[ord]);
            }
            else if (counts[ord] > counts[queue.Peek()])
            {
                queue.EnqueueDequeue(ord, counts[ord]);
            }
        }

        return queue.UnorderedItems.Select(i => i.Element);
    }
}
