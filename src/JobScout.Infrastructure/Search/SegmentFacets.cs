using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// One bitset per value of each small facet, per segment, built once and kept as long as the segment lives
/// (keyed on its core, so reopened readers share it). Counting a facet value is then an AND + popcount over
/// docs/64 words, whatever the number of hits; the same bitsets serve the facet filters.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();
    private readonly Dictionary<string, Dictionary<string, FixedBitSet>> _byField = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lazy<int[]>> _ordsByField = new(StringComparer.Ordinal);

    private SegmentFacets(AtomicReader reader)
    {
        foreach (var facet in FacetField.All.Where(f => f.LongTail))
        {
            _ordsByField[facet.Field] = new Lazy<int[]>(() => ReadOrds(reader, facet.Field));
        }

        foreach (var facet in FacetField.Small)
        {
            _byField[facet.Field] = Build(reader, facet.Field);
        }
    }

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    /// <summary>Documents having any of the values, read from the postings: for long-tail facets, which have no cached bitsets.</summary>
    public static FixedBitSet FromPostings(AtomicReader reader, string field, IEnumerable<string> values)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        foreach (var value in values)
        {
            var docs = reader.GetTermDocsEnum(FacetTerms.Term(field, value));
            if (docs is null)
            {
                continue;
            }

            int doc;
            while ((doc = docs.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            {
                bits.Set(doc);
            }
        }

        return bits;
    }

    public IReadOnlyDictionary<string, FixedBitSet> Values(string field) => _byField[field];

    /// <summary>A long-tail facet's ordinal for every document (-1 for none): counting a hit is then one array read.</summary>
    public int[] Ords(string field) => _ordsByField[field].Value;

    private static int[] ReadOrds(AtomicReader reader, string field)
    {
        var ords = new int[reader.MaxDoc];
        var docValues = reader.GetSortedDocValues(field);
        for (var doc = 0; doc < ords.Length; doc++)
        {
            ords[doc] = docValues?.GetOrd(doc) ?? -1;
        }

        return ords;
    }

    /// <summary>Documents having any of the values (OR), or null when none of them occurs in this segment.</summary>
    public FixedBitSet? AnyOf(string field, IReadOnlyCollection<string> values, int maxDoc)
    {
        FixedBitSet? union = null;
        foreach (var value in values)
        {
            if (_byField[field].TryGetValue(value, out var bits))
            {
                union ??= new FixedBitSet(maxDoc);
                union.Or(bits);
            }
        }

        return union;
    }

    private static Dictionary<string, FixedBitSet> Build(AtomicReader reader, string field)
    {
        var values = new Dictionary<string, FixedBitSet>(StringComparer.Ordinal);
        var docValues = reader.GetSortedSetDocValues(field);
        if (docValues is null)
        {
            return values;
        }

        var byOrd = new FixedBitSet[docValues.ValueCount];
        for (var ord = 0; ord < byOrd.Length; ord++)
        {
            byOrd[ord] = new FixedBitSet(reader.MaxDoc);
        }

        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                byOrd[ord].Set(doc);
            }
        }

        var term = new BytesRef();
        for (var ord = 0; ord < byOrd.Length; ord++)
        {
            docValues.LookupOrd(ord, term);
            values[term.Utf8ToString()] = byOrd[ord];
        }

        return values;
    }
}
