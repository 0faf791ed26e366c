using JobScout.Infrastructure.Storage;
using Lucene.Net.Documents;

namespace JobScout.Infrastructure.Search;

/// <summary>Maps a stored listing to its Lucene document: searchable text plus what a result line shows.</summary>
internal static class ListingDocument
{
    private const int SummaryLength = 260;

    public static Document From(StoredListing stored)
    {
        var listing = stored.Listing;
        var document = new Document
        {
            new StringField(ListingFields.Id, stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
            new TextField(ListingFields.Title, listing.Title, Field.Store.YES),
            new TextField(ListingFields.Company, listing.Company, Field.Store.YES),
            new TextField(ListingFields.Description, listing.Description, Field.Store.NO),
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
        }

        var posted = (listing.PostedAt ?? stored.FirstSeenAt).ToUnixTimeSeconds();
        document.Add(new Int64Field(ListingFields.Posted, posted, Field.Store.YES));
        document.Add(new NumericDocValuesField(ListingFields.Posted, posted));
        return document;
    }

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
