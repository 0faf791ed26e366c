using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace JobScout.Infrastructure.Search;

/// <summary>Documents passing every one of the filters, as one bitset per segment (so the scorer can test it at random).</summary>
internal sealed class AllOfFilter(IReadOnlyList<Filter> filters) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        FixedBitSet? result = null;
        foreach (var filter in filters)
        {
            var set = filter.GetDocIdSet(context, acceptDocs);
            var bits = set as FixedBitSet ?? ToBits(set, context.AtomicReader.MaxDoc);
            if (result is null)
            {
                result = bits == set ? bits.Clone() : bits;
            }
            else
            {
                result.And(bits);
            }
        }

        return result ?? new FixedBitSet(context.AtomicReader.MaxDoc);
    }

    private static FixedBitSet ToBits(DocIdSet? set, int maxDoc)
    {
        var bits = new FixedBitSet(maxDoc);
        if (set?.GetIterator() is { } iterator)
        {
            bits.Or(iterator);
        }

        return bits;
    }
}
