using System.Numerics;
using Lucene.Net.Util;

namespace JobScout.Infrastructure.Search;

/// <summary>How the current results' hourly pay spreads over fixed buckets.</summary>
internal static class PayHistogram
{
    private static readonly decimal[] Edges = [0, 10, 15, 20, 25, 30, 40, 50, 75, 100];
    private static readonly double[] EdgeValues = [.. Edges.Select(e => (double)e)];

    public static List<PayBucket> Build(IReadOnlyList<SegmentHits> segments)
    {
        var counts = new int[Edges.Length];
        foreach (var segment in segments)
        {
            var hourly = SegmentNumbers.Of(segment.Context.AtomicReader, ListingFields.Hourly, isDouble: true);
            Count(segment.Matches, segment.Passing, hourly, counts);
        }

        return Edges.Select((from, i) => new PayBucket(from, i + 1 < Edges.Length ? Edges[i + 1] : null, counts[i])).ToList();
    }

    // Walks the set bits of matches AND passing a 64-bit word at a time: a broad search has tens of thousands.
    private static void Count(FixedBitSet matches, FixedBitSet? passing, double[] hourly, int[] counts)
    {
        var matched = matches.GetBits();
        var passed = passing?.GetBits();
        var words = FixedBitSet.Bits2words(matches.Length);
        for (var w = 0; w < words; w++)
        {
            for (var word = passed is null ? matched[w] : matched[w] & passed[w]; word != 0; word &= word - 1)
            {
                var pay = hourly[(w << 6) + BitOperations.TrailingZeroCount(word)];
                if (pay > 0)
                {
                    counts[BucketOf(pay)]++;
                }
            }
        }
    }

    private static int BucketOf(double hourly)
    {
        for (var i = EdgeValues.Length - 1; i > 0; i--)
        {
            if (hourly >= EdgeValues[i])
            {
                return i;
            }
        }

        return 0;
    }
}
