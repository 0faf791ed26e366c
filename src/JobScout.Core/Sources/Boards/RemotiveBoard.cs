using System.Text.Json;
namespace JobScout.Core.Sources.Boards;

/// <summary>Remotive public API: <c>GET /api/remote-jobs?search=&amp;category=&amp;limit=</c>. Every job on it is remote.</summary>
public sealed class RemotiveBoard : JsonJobBoard
{
    public override string Kind => "remotive";

    protected override string Noun => "job";

    public override string? DefaultBaseUrl(string sourceKey) => "https://remotive.com";

    // Remotive asks for about four calls a day.
    public override int DefaultDailyQueryBudget => 4;

    public override Uri FirstPage(string baseUrl, string key, string query) => new($"{baseUrl}/api/remote-jobs?search={query}&limit={BoardPaging.PageSize}");

    protected override JsonElement Postings(JsonElement root) => Named(root, "jobs", "the Remotive remote-jobs API");

    protected override (string? Id, string? Title) Identify(JsonElement posting) => (posting.Text("id"), posting.Text("title"));

    protected override ListingDraft Draft(JsonElement posting, PostingContext context)
    {
        var location = posting.Text("candidate_required_location");
        var tags = new List<string>();
        if (posting.Text("category") is { Length: > 0 } category)
        {
            tags.Add(category);
        }

        tags.AddRange(posting.Strings("tags"));
        return new ListingDraft
        {
            Source = context.Source,
            SourceId = context.Id,
            Title = context.Title,
            Company = posting.Text("company_name") ?? context.SourceKey,
            Url = posting.Text("url"),
            Location = location,
            DescriptionHtml = posting.Text("description"),
            PayText = posting.Text("salary"),
            Remote = true,
            Countries = CountryCodes.FromLocation(location),
            // Published without a zone; Remotive means UTC, and ParseDate assumes it.
            PostedAt = posting.Date("publication_date"),
            EmploymentType = posting.Text("job_type"),
            Tags = tags,
        };
    }
}
