using System.Text.Json;

namespace JobScout.Core.Sources.Boards;

/// <summary>Greenhouse job board API: <c>GET /v1/boards/{token}/jobs?content=true</c>.</summary>
public sealed class GreenhouseBoard : JsonJobBoard
{
    public override string Kind => "greenhouse";

    protected override string Noun => "job";

    public override string? DefaultBaseUrl(string sourceKey) => "https://boards-api.greenhouse.io";

    public override bool SupportsConditionalGet => true;

    public override Uri FirstPage(string baseUrl, string key, string query) => new($"{baseUrl}/v1/boards/{key}/jobs?content=true");

    protected override JsonElement Postings(JsonElement root) => Named(root, "jobs", "a Greenhouse board");

    protected override (string? Id, string? Title) Identify(JsonElement posting) => (posting.Text("id"), posting.Text("title"));

    protected override ListingDraft Draft(JsonElement posting, PostingContext context)
    {
        var url = posting.Text("absolute_url");
        return new ListingDraft
        {
            Source = context.Source,
            SourceId = context.Id,
            Title = context.Title,
            Company = posting.Text("company_name") ?? context.SourceKey,
            Url = url,
            ApplyUrl = url,
            Location = posting.Child("location")?.Text("name"),
            DescriptionHtml = posting.Text("content"),
            PostedAt = posting.Date("first_published") ?? posting.Date("updated_at"),
        };
    }

    /// <summary>The board token from a job's URL (…/{token}/jobs/{id}), for payloads read from a file.</summary>
    public static string? BoardFromPayload(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var url = document.RootElement.GetProperty("jobs").EnumerateArray().Select(j => j.Text("absolute_url")).FirstOrDefault(u => u is not null);
            var segments = url is null ? [] : new Uri(url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var jobsAt = Array.IndexOf(segments, "jobs");
            return jobsAt > 0 ? segments[jobsAt - 1] : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or UriFormatException)
        {
            return null;
        }
    }
}
