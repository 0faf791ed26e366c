using System.Globalization;
using JobScout.Infrastructure.Storage;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace JobScout.Infrastructure.Search;

/// <summary>Maps a stored listing to its Lucene document: searchable text, facet values, numbers, and what a result shows.</summary>
internal static class ListingDocument
{
    private const int SummaryLength = 260;
    private const int HighlightSourceLength = 1500;

    public static Document From(StoredListing stored)
    {
        var listing = stored.Listing;
        var document = new Document
        {
            new StringField(ListingFields.Id, stored.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new TextField(ListingFields.Title, listing.Title, Field.Store.YES),
            new TextField(ListingFields.Company, listing.Company, Field.Store.YES),
            // Stored (cut) for highlighting; the full text is searched.
            new TextField(ListingFields.Description, listing.Description, Field.Store.NO),
            new StoredField(ListingFields.DescriptionHighlight, Cut(listing.Description, HighlightSourceLength)),
            new StoredField(ListingFields.Summary, Summarize(listing.Description)),
            new StringField(ListingFields.Example, stored.IsExample ? "1" : "0", Field.Store.YES),
        };

        if (!string.IsNullOrWhiteSpace(listing.Location))
        {
            document.Add(new TextField(ListingFields.Location, listing.Location, Field.Store.YES));
        }

        if (listing.Pay is { } pay)
        {
            document.Add(new StoredField(ListingFields.PayText, pay.Text));
            AddFacet(document, ListingFields.Interval, pay.Interval);
            if ((pay.HourlyMax ?? pay.HourlyMin) is { } hourly && hourly > 0)
            {
                document.Add(new DoubleField(ListingFields.Hourly, (double)hourly, Field.Store.YES));
                document.Add(new DoubleDocValuesField(ListingFields.Hourly, (double)hourly));
            }
        }

        AddNumber(document, ListingFields.Posted, (listing.PostedAt ?? stored.FirstSeenAt).ToUnixTimeSeconds());
        AddNumber(document, ListingFields.Seen, stored.FirstSeenAt.ToUnixTimeSeconds());
        AddFacets(document, ListingFields.Role, listing.RoleTypes);
        AddFacets(document, ListingFields.Domain, listing.Domains.Concat(listing.Skills));
        AddFacets(document, ListingFields.Task, listing.TaskTypes);
        AddFacets(document, ListingFields.Language, listing.Languages);
        AddFacets(document, ListingFields.Country, listing.Countries.Count > 0 ? listing.Countries : [ListingFields.AnyCountry]);
        AddFacet(document, ListingFields.Employment, listing.EmploymentType);
        AddFacet(document, ListingFields.Level, listing.Level);
        AddFacet(document, ListingFields.Remote, listing.Remote switch { true => "remote", false => "onsite", null => "unstated" });
        AddFacet(document, ListingFields.CompanyFacet, listing.Company);
        AddFacet(document, ListingFields.Source, listing.Source);
        return document;
    }

    private static void AddNumber(Document document, string field, long value)
    {
        document.Add(new Int64Field(field, value, Field.Store.YES));
        document.Add(new NumericDocValuesField(field, value));
    }

    private static void AddFacets(Document document, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            AddFacet(document, field, value);
        }
    }

    private static void AddFacet(Document document, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        document.Add(new StringField(field, value, Field.Store.NO));
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
