using System.Globalization;
using JobScout.Infrastructure.Storage;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// Maps a stored listing to its Lucene document: searchable text, facet values, numbers, and what a result shows.
/// The non-text indexed fields are reused per thread (Lucene's advice): a new field instance builds a new token
/// stream, and building its attributes takes a process-wide lock. So a document must be indexed before the same
/// thread asks for the next one.
/// </summary>
internal static class ListingDocument
{
    [ThreadStatic]
    private static ReusableFields? _reusable;

    private const int SummaryLength = 260;
    private const int HighlightSourceLength = 800;

    public static Document From(StoredListing stored)
    {
        var listing = stored.Listing;
        var facetTokens = new List<string>(24);
        var document = new Document
        {
            Reusable.Id(stored.Id),
            new TextField(ListingFields.Title, listing.Title, Field.Store.YES),
            new TextField(ListingFields.Company, listing.Company, Field.Store.YES),
            // Stored (cut) for highlighting; the full text is searched.
            new TextField(ListingFields.Description, listing.Description, Field.Store.NO),
            new StoredField(ListingFields.DescriptionHighlight, Cut(listing.Description, HighlightSourceLength)),
            new StoredField(ListingFields.Summary, Summarize(listing.Description)),
            new StoredField(ListingFields.Example, stored.IsExample ? "1" : "0"),
        };

        if (!string.IsNullOrWhiteSpace(listing.Location))
        {
            document.Add(new TextField(ListingFields.Location, listing.Location, Field.Store.YES));
        }

        if (listing.Pay is { } pay)
        {
            document.Add(new StoredField(ListingFields.PayText, pay.Text));
            AddFacet(document, facetTokens, ListingFields.Interval, pay.Interval);
            if ((pay.HourlyUsdMax ?? pay.HourlyUsdMin ?? pay.HourlyMax ?? pay.HourlyMin) is { } hourly && hourly > 0)
            {
                document.Add(Reusable.Hourly((double)hourly));
                document.Add(new DoubleDocValuesField(ListingFields.Hourly, (double)hourly));
            }
        }

        AddNumber(document, ListingFields.Posted, (listing.PostedAt ?? stored.FirstSeenAt).ToUnixTimeSeconds());
        document.Add(new StoredField(ListingFields.Seen, stored.FirstSeenAt.ToUnixTimeSeconds()));
        AddFacets(document, facetTokens, ListingFields.Role, listing.RoleTypes);
        AddFacets(document, facetTokens, ListingFields.Domain, listing.Domains.Concat(listing.Skills));
        AddFacets(document, facetTokens, ListingFields.Task, listing.TaskTypes);
        AddFacets(document, facetTokens, ListingFields.Language, listing.Languages);
        AddFacets(document, facetTokens, ListingFields.Country, listing.Countries.Count > 0 ? listing.Countries : [ListingFields.AnyCountry]);
        AddFacet(document, facetTokens, ListingFields.Employment, listing.EmploymentType);
        AddFacet(document, facetTokens, ListingFields.Level, listing.Level);
        AddFacet(document, facetTokens, ListingFields.Remote, listing.Remote switch { true => "remote", false => "onsite", null => "unstated" });
        // One company per listing: single-valued doc values are the cheapest to count hit by hit.
        facetTokens.Add(FacetTerms.Token(ListingFields.CompanyFacet, listing.Company));
        document.Add(new SortedDocValuesField(ListingFields.CompanyFacet, new BytesRef(listing.Company)));
        AddFacet(document, facetTokens, ListingFields.Source, listing.Source);
        document.Add(new TextField(ListingFields.Facets, string.Join(FacetTerms.Separator, facetTokens), Field.Store.NO));
        return document;
    }

    private static ReusableFields Reusable => _reusable ??= new ReusableFields();

    private static void AddNumber(Document document, string field, long value)
    {
        document.Add(Reusable.Posted(value));
        document.Add(new NumericDocValuesField(field, value));
    }

    private sealed class ReusableFields
    {
        private readonly StringField _id = new(ListingFields.Id, "", Field.Store.YES);
        private readonly Int64Field _posted = new(ListingFields.Posted, 0L, Field.Store.YES);
        private readonly DoubleField _hourly = new(ListingFields.Hourly, 0d, Field.Store.YES);

        public StringField Id(long id)
        {
            _id.SetStringValue(id.ToString(CultureInfo.InvariantCulture));
            return _id;
        }

        public Int64Field Posted(long seconds)
        {
            _posted.SetInt64Value(seconds);
            return _posted;
        }

        public DoubleField Hourly(double hourly)
        {
            _hourly.SetDoubleValue(hourly);
            return _hourly;
        }
    }

    private static void AddFacets(Document document, List<string> tokens, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            AddFacet(document, tokens, field, value);
        }
    }

    private static void AddFacet(Document document, List<string> tokens, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        tokens.Add(FacetTerms.Token(field, value));
        document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    private static string Summarize(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= SummaryLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', SummaryLength);
        return flat[..(cut > 0 ? cut : SummaryLength)] + "…";
    }
}
