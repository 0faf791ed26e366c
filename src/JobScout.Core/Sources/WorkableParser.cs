using System.Text.Json;

namespace JobScout.Core.Sources;

/// <summary>Workable account widget: <c>GET /api/v1/widget/accounts/{slug}</c>, the whole board in one call.</summary>
public sealed class WorkableParser : ISourceParser
{
    public string Kind => "workable";

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        using var document = JsonReading.ParseDocument(payload, Kind);
        var root = document.RootElement;
        var jobs = JsonReading.RequiredArray(root, "jobs", Kind, "a Workable account widget");

        var name = root.Text("name");
        var company = string.IsNullOrWhiteSpace(name) ? sourceKey : name;
        var batch = new PostingBatch("posting");
        foreach (var job in jobs.EnumerateArray())
        {
            batch.Counted();
            var id = job.Text("shortcode");
            var title = job.Text("title");
            if (!batch.Valid(id, title))
            {
                continue;
            }

            batch.Add(new ListingDraft
            {
                Source = $"{Kind}:{sourceKey}",
                SourceId = id,
                Title = title,
                Company = company,
                Url = job.Text("url") ?? job.Text("shortlink"),
                ApplyUrl = job.Text("application_url"),
                Location = LocationOf(job),
                DescriptionHtml = job.Text("description"),
                // telecommuting = false only means "not marked remote": leave it to the location text.
                Remote = job.Bool("telecommuting") is true ? true : null,
                Countries = CountriesOf(job),
                PostedAt = job.Date("published_on") ?? job.Date("created_at"),
                EmploymentType = job.Text("employment_type"),
                Tags = Clean([job.Text("department"), job.Text("function"), job.Text("industry")]),
            });
        }

        return batch.ToPayload();
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

    private static List<string> Clean(IEnumerable<string?> values) =>
        values.OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
