using System.Text.Json;
using JobScout.Core.Listings;

namespace JobScout.Core.Sources.Boards;

/// <summary>Arbeitnow job board API: <c>GET /api/job-board-api?page=</c>, mostly German jobs, paged by <c>links.next</c>.</summary>
public sealed class ArbeitnowBoard : JsonJobBoard
{
    public override string Kind => "arbeitnow";

    protected override string Noun => "job";

    public override string? DefaultBaseUrl(string sourceKey) => "https://www.arbeitnow.com";

    public override Uri FirstPage(string baseUrl, string key, string query) => new($"{baseUrl}/api/job-board-api");

    // Follow the API's own next link, but never off to another host.
    public override Uri? NextPage(Uri current, string payload, int listingsOnPage) =>
        Uri.TryCreate(NextPage(payload), UriKind.Absolute, out var next) && next.Authority == current.Authority ? next : null;

    protected override JsonElement Postings(JsonElement root) => Named(root, "data", "the Arbeitnow job board API");

    protected override (string? Id, string? Title) Identify(JsonElement posting) => (posting.Text("slug"), posting.Text("title"));

    protected override ListingDraft Draft(JsonElement posting, PostingContext context)
    {
        return new ListingDraft
        {
            Source = context.Source,
            SourceId = context.Id,
            Title = context.Title,
            Company = posting.Text("company_name") ?? context.SourceKey,
            Url = posting.Text("url"),
            Location = posting.Text("location"),
            // Entity-escaped HTML; the normalizer decodes it.
            DescriptionHtml = posting.Text("description"),
            Remote = posting.Bool("remote"),
            PostedAt = posting.EpochDate("created_at"),
            EmploymentType = EmploymentTypeOf(posting.Strings("job_types")),
            Tags = posting.Strings("tags"),
        };
    }

    /// <summary>The URL of the next page (<c>links.next</c>); null on the last page or when the payload is unreadable.</summary>
    public static string? NextPage(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var next = document.RootElement.Child("links")?.Text("next");
            return string.IsNullOrWhiteSpace(next) ? null : next;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // job_types mixes contract kinds with levels ("Professional / Experienced"): prefer the first that names a kind.
    private static string? EmploymentTypeOf(IReadOnlyList<string> types)
    {
        foreach (var type in types)
        {
            if (EmploymentTypes.Normalize(type) != "other")
            {
                return type;
            }
        }

        return types.Count > 0 ? types[0] : null;
    }
}
