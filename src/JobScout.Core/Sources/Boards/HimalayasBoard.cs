using System.Text.Json;
using JobScout.Core.Pay;

namespace JobScout.Core.Sources.Boards;

/// <summary>Himalayas public API: <c>GET /jobs/api?cursor=</c>, remote jobs only, paged by <c>nextCursor</c>.</summary>
public sealed class HimalayasBoard : JsonJobBoard
{
    public override string Kind => "himalayas";

    protected override string Noun => "job";

    public override string? DefaultBaseUrl(string sourceKey) => "https://himalayas.app";

    public override int DefaultDailyQueryBudget => 12;

    public override Uri FirstPage(string baseUrl, string key, string query) => new($"{baseUrl}/jobs/api/search?q={query}");

    public override Uri? NextPage(Uri current, string payload, int listingsOnPage) =>
        NextCursor(payload) is { } cursor ? BoardPaging.With(current, "cursor", cursor) : null;

    protected override JsonElement Postings(JsonElement root) => Named(root, "jobs", "the Himalayas jobs API");

    protected override (string? Id, string? Title) Identify(JsonElement posting) =>
        (NonBlank(posting.Text("guid")) ?? NonBlank(posting.Text("applicationLink")), posting.Text("title"));

    protected override ListingDraft Draft(JsonElement posting, PostingContext context)
    {
        var link = posting.Text("applicationLink");
        var id = context.Id;
        var restrictions = posting.Strings("locationRestrictions");
        var tags = new List<string>(posting.Strings("categories"));
        tags.AddRange(posting.Strings("parentCategories"));
        tags.AddRange(posting.Strings("seniority"));
        return new ListingDraft
        {
            Source = context.Source,
            SourceId = context.Id,
            Title = context.Title,
            Company = NonBlank(posting.Text("companyName")) ?? NonBlank(posting.Text("companySlug")) ?? context.SourceKey,
            // The guid is the posting's page on Himalayas when it is a URL.
            Url = Uri.IsWellFormedUriString(id, UriKind.Absolute) ? id : link,
            ApplyUrl = link,
            Location = restrictions.Count > 0 ? string.Join(", ", restrictions) : null,
            DescriptionHtml = NonBlank(posting.Text("description")) ?? posting.Text("excerpt"),
            Pay = PayRanges.From(posting.Number("minSalary"), posting.Number("maxSalary"), posting.Text("currency"), posting.Text("salaryPeriod")),
            Remote = true,
            Countries = CountryCodes.FromNames(restrictions),
            PostedAt = posting.EpochDate("pubDate"),
            ValidThrough = posting.EpochDate("expiryDate"),
            EmploymentType = posting.Text("employmentType"),
            Tags = tags,
        };
    }

    /// <summary>The cursor for the next page (<c>?cursor=</c>); null on the last page or when the payload is unreadable.</summary>
    public static string? NextCursor(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return NonBlank(document.RootElement.Text("nextCursor"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
