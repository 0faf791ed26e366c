using System.Globalization;
using JobScout.Core.Listings;

namespace JobScout.Infrastructure.Storage;

/// <summary>A change between two crawls that job seekers care about: pay, title or who may apply.</summary>
public sealed record ListingChange(long ListingId, string Field, string From, string To, DateTimeOffset ChangedAt);

public static class ListingChangeFields
{
    public const string Pay = "pay";
    public const string Title = "title";
    public const string Eligibility = "eligibility";
}

/// <summary>Finds what changed between the stored listing and the one a crawl just brought.</summary>
internal static class ListingChanges
{
    public static IEnumerable<(string Field, string From, string To)> Between(NormalizedListing before, NormalizedListing after)
    {
        var (payBefore, payAfter) = (Pay(before), Pay(after));
        if (payBefore != payAfter && payBefore.Length > 0 && payAfter.Length > 0)
        {
            yield return (ListingChangeFields.Pay, payBefore, payAfter);
        }

        if (!string.Equals(before.Title, after.Title, StringComparison.Ordinal))
        {
            yield return (ListingChangeFields.Title, before.Title, after.Title);
        }

        var (whoBefore, whoAfter) = (Eligibility(before), Eligibility(after));
        if (whoBefore != whoAfter)
        {
            yield return (ListingChangeFields.Eligibility, whoBefore, whoAfter);
        }
    }

    /// <summary>Pay as people compare it: the hourly figure when there is one, else the pay text.</summary>
    private static string Pay(NormalizedListing listing) => listing.Pay switch
    {
        { HourlyMin: { } min, HourlyMax: { } max } when min != max => string.Create(CultureInfo.InvariantCulture, $"{Symbol(listing.Pay)}{min:0.##}–{max:0.##}/h"),
        { HourlyMax: { } max } => string.Create(CultureInfo.InvariantCulture, $"{Symbol(listing.Pay)}{max:0.##}/h"),
        { Text: { Length: > 0 } text } => text,
        _ => "",
    };

    private static string Symbol(PayRange pay) => pay.Currency switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        { } code => code + " ",
        null => "",
    };

    private static string Eligibility(NormalizedListing listing) =>
        (listing.Remote == true ? "remote" : listing.Remote == false ? "on-site" : "remote status not stated")
        + (listing.Countries.Count == 0 ? ", any country" : ", " + string.Join(", ", listing.Countries.Order(StringComparer.Ordinal)));
}
