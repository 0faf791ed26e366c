using System.Text;
using System.Text.Json;

namespace JobScout.Core.Sources.Boards;

/// <summary>SmartRecruiters postings API: <c>GET /v1/companies/{id}/postings?limit=&amp;offset=</c>, one page a call.</summary>
public sealed class SmartRecruitersBoard : JsonJobBoard
{
    // Parts of a job ad in reading order; present when a posting was fetched on its own.
    private static readonly string[] AdSections = ["companyDescription", "jobDescription", "qualifications", "additionalInformation"];

    public override string Kind => "smartrecruiters";

    public override string? DefaultBaseUrl(string sourceKey) => "https://api.smartrecruiters.com";

    public override Uri FirstPage(string baseUrl, string key, string query) => new($"{baseUrl}/v1/companies/{key}/postings?limit={BoardPaging.PageSize}&offset=0");

    public override Uri? NextPage(Uri current, string payload, int listingsOnPage)
    {
        var offset = BoardPaging.IntParameter(current, "offset") + BoardPaging.PageSize;
        return offset < TotalFound(payload) ? BoardPaging.With(current, "offset", offset) : null;
    }

    private static int TotalFound(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return (int)(document.RootElement.Number("totalFound") ?? 0);
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    protected override JsonElement Postings(JsonElement root) => Named(root, "content", "a SmartRecruiters postings page");

    protected override (string? Id, string? Title) Identify(JsonElement posting) => (posting.Text("id"), posting.Text("name"));

    protected override ListingDraft Draft(JsonElement posting, PostingContext context)
    {
        var company = posting.Child("company");
        var companyName = company?.Text("name");
        var board = company?.Text("identifier");
        var location = posting.Child("location");
        return new ListingDraft
        {
            Source = context.Source,
            SourceId = context.Id,
            Title = context.Title,
            Company = string.IsNullOrWhiteSpace(companyName) ? context.SourceKey : companyName,
            // "ref" is the API's own address; people need the public job page.
            Url = posting.Text("postingUrl")
                ?? $"https://jobs.smartrecruiters.com/{Uri.EscapeDataString(string.IsNullOrWhiteSpace(board) ? context.SourceKey : board)}/{Uri.EscapeDataString(context.Id)}",
            ApplyUrl = posting.Text("applyUrl"),
            Location = LocationOf(location),
            DescriptionHtml = DescriptionOf(posting),
            Remote = RemoteOf(location),
            Countries = CountryCode(location?.Text("country")) is { } code ? [code] : [],
            PostedAt = posting.Date("releasedDate"),
            EmploymentType = LabelOf(posting, "typeOfEmployment"),
            Tags = Clean([LabelOf(posting, "department"), LabelOf(posting, "function"), LabelOf(posting, "experienceLevel"), LabelOf(posting, "industry")]),
        };
    }

    private static string? LocationOf(JsonElement? location)
    {
        if (location is not { } found)
        {
            return null;
        }

        var full = found.Text("fullLocation");
        var parts = Clean([found.Text("city"), found.Text("region"), found.Text("country")?.ToUpperInvariant()]);
        var text = string.IsNullOrWhiteSpace(full) ? string.Join(", ", parts) : full;
        return text.Length == 0 ? null : text;
    }

    // A hybrid job is not remote even when the remote flag is also set.
    private static bool? RemoteOf(JsonElement? location) =>
        location is not { } found ? null
        : found.Bool("hybrid") is true ? false
        : found.Bool("remote");

    private static string? DescriptionOf(JsonElement posting)
    {
        var sections = posting.Child("jobAd")?.Child("sections");
        var html = new StringBuilder();
        foreach (var name in AdSections)
        {
            var section = sections?.Child(name);
            var text = section?.Text("text");
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var heading = section?.Text("title");
            if (!string.IsNullOrWhiteSpace(heading))
            {
                html.Append("<h3>").Append(heading).Append("</h3>");
            }

            html.Append(text);
        }

        return html.Length == 0 ? null : html.ToString();
    }

    // Labelled values come as { "id": "permanent", "label": "Full-time" }; older pages send a plain string.
    private static string? LabelOf(JsonElement posting, string name) =>
        posting.Child(name)?.Text("label") ?? posting.Text(name);

    private static string? CountryCode(string? value) =>
        value?.Trim() is { Length: 2 } code && code.All(char.IsAsciiLetter) ? code.ToUpperInvariant() : null;
}
