using System.Text.Json;

namespace JobScout.Core.Sources.Boards;

/// <summary>Workable account widget: <c>GET /api/v1/widget/accounts/{slug}</c>, the whole board in one call.</summary>
public sealed class WorkableBoard : JsonJobBoard
{
    public override string Kind => "workable";

    public override string? DefaultBaseUrl(string sourceKey) => "https://apply.workable.com";

    public override bool SupportsConditionalGet => true;

    public override Uri FirstPage(string baseUrl, string key, string query) => new($"{baseUrl}/api/v1/widget/accounts/{key}");

    protected override JsonElement Postings(JsonElement root) => Named(root, "jobs", "a Workable account widget");

    protected override (string? Id, string? Title) Identify(JsonElement posting) => (posting.Text("shortcode"), posting.Text("title"));

    protected override ListingDraft Draft(JsonElement posting, PostingContext context)
    {
        var name = context.Root.Text("name");
        var company = string.IsNullOrWhiteSpace(name) ? context.SourceKey : name;
        return new ListingDraft
        {
            Source = context.Source,
            SourceId = context.Id,
            Title = context.Title,
            Company = company,
            Url = posting.Text("url") ?? posting.Text("shortlink"),
            ApplyUrl = posting.Text("application_url"),
            Location = LocationOf(posting),
            DescriptionHtml = posting.Text("description"),
            // telecommuting = false only means "not marked remote": leave it to the location text.
            Remote = posting.Bool("telecommuting") is true ? true : null,
            Countries = CountriesOf(posting),
            PostedAt = posting.Date("published_on") ?? posting.Date("created_at"),
            EmploymentType = posting.Text("employment_type"),
            Tags = Clean([posting.Text("department"), posting.Text("function"), posting.Text("industry")]),
        };
    }

    // No "location" key: build "City, Region, Country" for each place, from locations[] or the flat fields.
    private static string? LocationOf(JsonElement job)
    {
        var places = job.Array("locations")
            .Where(place => place.Bool("hidden") != true)
            .Select(place => Place(place.Text("city"), place.Text("region"), place.Text("country")))
            .ToList();
        if (places.Count == 0)
        {
            places.Add(Place(job.Text("city"), job.Text("state"), job.Text("country")));
        }

        var all = Clean(places);
        return all.Count == 0 ? null : string.Join("; ", all);
    }

    private static string Place(string? city, string? region, string? country) => string.Join(", ", Clean([city, region, country]));

    private static List<string> CountriesOf(JsonElement job) =>
        job.Array("locations")
            .Select(place => place.Text("countryCode")?.Trim())
            .Where(code => code is { Length: 2 } && code.All(char.IsAsciiLetter))
            .Select(code => code!.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
