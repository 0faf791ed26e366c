namespace JobScout.Infrastructure.Search;

/// <summary>How the current results' hourly pay spreads over fixed buckets.</summary>
internal static class PayHistogram
{
    private static readonly decimal[] Edges = [0, 10, 15, 20, 25, 30, 40, 50, 75, 100];

    public static List<PayBucket> Build(IReadOnlyList<SegmentHits> segments)
    {
        var counts = new int[Edges.Length];
        foreach (var segment in segments)
        {
            var values = segment.Context.AtomicReader.GetNumericDocValues(ListingFields.Hourly);
            if (values is null)
            {
                continue;
            }

            var hits = segment.Matches.Clone();
            if (segment.Passing is { } passing)
            {
                hits.And(passing);
            }

            for (var doc = hits.NextSetBit(0); doc >= 0; doc = doc + 1 < hits.Length ? hits.NextSetBit(doc + 1) : -1)
            {
                var hourly = (decimal)BitConverter.Int64BitsToDouble(values.Get(doc));
                if (hourly > 0)
                {
                    counts[BucketOf(hourly)]++;
                }
            }
        }

        return Edges.Select((from, i) => new PayBucket(from, i + 1 < Edges.Length ? Edges[i + 1] : null, counts[i])).ToList();
    }

    private static int BucketOf(decimal hourly)
    {
        for (var i = Edges.Length - 1; i > 0; i--)
        {
            if (hourly >= Edges[i])
            {
                return i;
            }
        }

        return 0;
    }
}
