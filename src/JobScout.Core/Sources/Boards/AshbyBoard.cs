using System.Text.Json;
using JobScout.Core.Listings;
using JobScout.Core.Pay;

namespace JobScout.Core.Sources.Boards;

/// <summary>Ashby job board API: <c>GET /posting-api/job-board/{name}?includeCompensation=true</c>.</summary>
public sealed class AshbyBoard : JsonJobBoard
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

    public override string Kind => "ashby";

    public override string? DefaultBaseUrl(string sourceKey) => "https://api.ashbyhq.com";

    public override bool SupportsConditionalGet => true;

    public override Uri FirstPage(string baseUrl, string key, string query) => new($"{baseUrl}/posting-api/job-board/{key}?includeCompensation=true");

    protected override JsonElement Postings(JsonElement root) => Named(root, "jobs", "an Ashby job board");

    // Unlisted jobs are reachable by link only; the company does not advertise them.
    protected override bool IsAdvertised(JsonElement posting) => posting.Bool("isListed") != false;

    protected override (string? Id, string? Title) Identify(JsonElement posting) => (posting.Text("id"), posting.Text("title"));

    protected override ListingDraft Draft(JsonElement posting, PostingContext context)
    {
        var html = posting.Text("descriptionHtml");
        var compensation = posting.Child("compensation");
        var summary = compensation?.Text("compensationTierSummary");
        return new ListingDraft
        {
            Source = context.Source,
            SourceId = context.Id,
            Title = context.Title,
            Company = context.SourceKey,
            Url = posting.Text("jobUrl"),
            ApplyUrl = posting.Text("applyUrl"),
            Location = LocationOf(posting),
            DescriptionHtml = string.IsNullOrWhiteSpace(html) ? posting.Text("descriptionPlain") : html,
            PayText = summary,
            Pay = compensation is { } found ? SalaryOf(found, summary) : null,
            Remote = RemoteOf(posting),
            Countries = CountriesOf(posting),
            PostedAt = posting.Date("publishedAt"),
            EmploymentType = posting.Text("employmentType"),
            Tags = Clean([posting.Text("department"), posting.Text("team")]),
        };
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
}
