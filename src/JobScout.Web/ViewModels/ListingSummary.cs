using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;

namespace JobScout.Web.ViewModels;

/// <summary>One line in a list of listings, from the index or from the database.</summary>
public sealed record ListingSummary(
    long Id,
    string Title,
    string Company,
    string? Location,
    DateTimeOffset PostedAt,
    string? PayText,
    string Summary,
    bool IsExample)
{
    public static ListingSummary From(SearchHit hit) =>
        new(hit.Id, hit.Title, hit.Company, hit.Location, hit.PostedAt, hit.PayText, hit.Summary, hit.IsExample);

    public static ListingSummary From(StoredListing stored)
    {
        var listing = stored.Listing;
        var summary = listing.Description.Length > 220 ? listing.Description[..220].TrimEnd() + "…" : listing.Description;
        return new(stored.Id, listing.Title, listing.Company, listing.Location, listing.PostedAt ?? stored.FirstSeenAt,
            listing.Pay?.Text, summary.ReplaceLineEndings(" "), stored.IsExample);
    }
}
