using System.Text.Json;
using JobScout.Core.Listings;
using JobScout.Core.Pay;

namespace JobScout.Core.Sources;

/// <summary>Ashby job board API: <c>GET /posting-api/job-board/{name}?includeCompensation=true</c>.</summary>
public sealed class AshbyParser : ISourceParser
{
    // Ashby writes countries out in full; these are the ones its boards use most.
    private static readonly Dictionary<string, string> CountryNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["United States"] = "US",
        ["United States of America"] = "US",
        ["USA"] = "US",
        ["United Kingdom"] = "GB",
        ["UK"] = "GB",
        ["Canada"] = "CA",
        ["Germany"] = "DE",
        ["France"] = "FR",
        ["Ireland"] = "IE",
        ["Netherlands"] = "NL",
        ["Spain"] = "ES",
        ["India"] = "IN",
        ["Australia"] = "AU",
        ["Mexico"] = "MX",
        ["Brazil"] = "BR",
    };

    public string Kind => "ashby";

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        using var document = JsonReading.ParseDocument(payload, Kind);
        var jobs = JsonReading.RequiredArray(document.RootElement, "jobs", Kind, "an Ashby job board");

        var batch = new PostingBatch("posting");
        foreach (var job in jobs.EnumerateArray())
        {
            batch.Counted();
            if (job.Bool("isListed") == false)
            {
                continue; // unlisted jobs are reachable by link only; the company does not advertise them
            }

            var id = job.Text("id");
            var title = job.Text("title");
            if (!batch.Valid(id, title))
            {
                continue;
            }

            var html = job.Text("descriptionHtml");
            var compensation = job.Child("compensation");
            var summary = compensation?.Text("compensationTierSummary");
            batch.Add(new ListingDraft
            {
                Source = $"{Kind}:{sourceKey}",
                SourceId = id,
                Title = title,
                Company = sourceKey,
                Url = job.Text("jobUrl"),
                ApplyUrl = job.Text("applyUrl"),
                Location = LocationOf(job),
                DescriptionHtml = string.IsNullOrWhiteSpace(html) ? job.Text("descriptionPlain") : html,
                PayText = summary,
                Pay = compensation is { } found ? SalaryOf(found, summary) : null,
                Remote = RemoteOf(job),
                Countries = CountriesOf(job),
                PostedAt = job.Date("publishedAt"),
                EmploymentType = job.Text("employmentType"),
                Tags = Clean([job.Text("department"), job.Text("team")]),
            });
        }

        return batch.ToPayload();
    }

    private static string? LocationOf(JsonElement job)
    {
        // Secondary locations come as objects ({ "location": "London" }) but tolerate plain strings too.
        var secondary = job.Array("secondaryLocations")
            .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : item.Text("location"));
        var all = Clean([job.Text("location"), .. secondary]);
        return all.Count == 0 ? null : string.Join("; ", all);
    }

    // workplaceType is the newer, finer field: a hybrid job can also carry isRemote = true.
    private static bool? RemoteOf(JsonElement job) => job.Text("workplaceType")?.Trim().ToUpperInvariant() switch
    {
        "REMOTE" => true,
        "ONSITE" or "ON-SITE" or "HYBRID" => false,
        _ => job.Bool("isRemote"),
    };

    private static List<string> CountriesOf(JsonElement job)
    {
        var addresses = job.Array("secondaryLocations").Prepend(job).Select(item => item.Child("address")?.Child("postalAddress"));
        return addresses
            .Select(address => CountryCode(address?.Text("addressCountry")))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static string? CountryCode(string? value)
    {
        var text = value?.Trim();
        if (text is { Length: 2 } && text.All(char.IsAsciiLetter))
        {
            return text.ToUpperInvariant();
        }

        return text is not null && CountryNames.TryGetValue(text, out var code) ? code : null;
    }

    // Salary components carry the figures; equity and bonus components do not describe pay per interval.
    private static PayRange? SalaryOf(JsonElement compensation, string? summary) =>
        compensation.Array("summaryComponents")
            .Concat(compensation.Array("compensationTiers").SelectMany(tier => tier.Array("components")))
            .Where(component => string.Equals(component.Text("compensationType"), "Salary", StringComparison.OrdinalIgnoreCase))
            .Select(component => PayRanges.From(component.Number("minValue"), component.Number("maxValue"),
                component.Text("currencyCode"), component.Text("interval"), summary))
            .FirstOrDefault(pay => pay is not null);

    private static List<string> Clean(IEnumerable<string?> values) =>
        values.OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
