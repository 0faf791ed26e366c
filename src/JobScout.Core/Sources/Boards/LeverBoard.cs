using System.Text;
using System.Text.Json;
using JobScout.Core.Pay;

namespace JobScout.Core.Sources.Boards;

/// <summary>Lever postings API: <c>GET /v0/postings/{site}?mode=json</c>, a bare array of postings.</summary>
public sealed class LeverBoard : JsonJobBoard
{
    public override string Kind => "lever";

    public override string? DefaultBaseUrl(string sourceKey) => "https://api.lever.co";

    public override Uri FirstPage(string baseUrl, string key, string query) => new($"{baseUrl}/v0/postings/{key}?mode=json&skip=0&limit={BoardPaging.PageSize}");

    // A full page means there may be more.
    public override Uri? NextPage(Uri current, string payload, int listingsOnPage) =>
        listingsOnPage >= BoardPaging.PageSize ? BoardPaging.With(current, "skip", BoardPaging.IntParameter(current, "skip") + BoardPaging.PageSize) : null;

    protected override JsonElement Postings(JsonElement root) => RootArray(root, "a Lever postings feed (mode=json)");

    protected override (string? Id, string? Title) Identify(JsonElement posting) => (posting.Text("id"), posting.Text("text"));

    protected override ListingDraft Draft(JsonElement posting, PostingContext context)
    {
        var categories = posting.Child("categories");
        var commitment = categories?.Text("commitment");
        var salary = posting.Child("salaryRange");
        return new ListingDraft
        {
            Source = context.Source,
            SourceId = context.Id,
            Title = context.Title,
            Company = context.SourceKey,
            Url = posting.Text("hostedUrl"),
            ApplyUrl = posting.Text("applyUrl"),
            Location = LocationOf(categories),
            DescriptionHtml = DescriptionOf(posting),
            Pay = salary is { } range
                ? PayRanges.From(range.Number("min"), range.Number("max"), range.Text("currency"), range.Text("interval"))
                : null,
            Remote = RemoteOf(posting.Text("workplaceType")),
            Countries = CountryCode(posting.Text("country")) is { } code ? [code] : [],
            PostedAt = posting.EpochDate("createdAt"),
            EmploymentType = commitment,
            Tags = Clean([categories?.Text("team"), categories?.Text("department"), commitment]),
        };
    }

    // One location, or every one when the posting is open in several places.
    private static string? LocationOf(JsonElement? categories)
    {
        if (categories is not { } found)
        {
            return null;
        }

        var all = found.Strings("allLocations");
        return all.Count > 1 ? string.Join("; ", all.Distinct(StringComparer.OrdinalIgnoreCase)) : found.Text("location") ?? (all.Count > 0 ? all[0] : null);
    }

    // Lever splits the text into a lead, titled bullet lists and a closing part; show them in that order.
    private static string? DescriptionOf(JsonElement posting)
    {
        var html = new StringBuilder(posting.Text("description") ?? posting.Text("descriptionPlain") ?? "");
        foreach (var list in posting.Array("lists"))
        {
            var heading = list.Text("text");
            if (!string.IsNullOrWhiteSpace(heading))
            {
                html.Append("<h3>").Append(heading).Append("</h3>");
            }

            html.Append("<ul>").Append(list.Text("content")).Append("</ul>");
        }

        html.Append(posting.Text("additional") ?? posting.Text("additionalPlain"));
        return html.Length == 0 ? null : html.ToString();
    }

    private static bool? RemoteOf(string? workplaceType) => workplaceType?.Trim().ToUpperInvariant() switch
    {
        "REMOTE" => true,
        "ON-SITE" or "ONSITE" or "HYBRID" => false,
        _ => null,
    };

    private static string? CountryCode(string? value) =>
        value?.Trim() is { Length: 2 } code && code.All(char.IsAsciiLetter) ? code.ToUpperInvariant() : null;
}
