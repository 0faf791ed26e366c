using System.Text.Json;
using JobScout.Core.Pay;

namespace JobScout.Core.Sources.Boards;

/// <summary>Recruitee careers API: <c>GET https://{company}.recruitee.com/api/offers/</c>.</summary>
public sealed class RecruiteeBoard : JsonJobBoard
{
    public override string Kind => "recruitee";

    // Each company has its own host.
    public override string? DefaultBaseUrl(string sourceKey) => $"https://{sourceKey}.recruitee.com";

    public override bool SupportsConditionalGet => true;

    public override Uri FirstPage(string baseUrl, string key, string query) => new($"{baseUrl}/api/offers/");

    protected override JsonElement Postings(JsonElement root) => Named(root, "offers", "a Recruitee careers API response");

    protected override (string? Id, string? Title) Identify(JsonElement posting) => (posting.Text("id"), posting.Text("title"));

    protected override ListingDraft Draft(JsonElement posting, PostingContext context)
    {
        var company = posting.Text("company_name");
        var salary = posting.Child("salary");
        return new ListingDraft
        {
            Source = context.Source,
            SourceId = context.Id,
            Title = context.Title,
            Company = string.IsNullOrWhiteSpace(company) ? context.SourceKey : company,
            Url = posting.Text("careers_url") ?? posting.Text("url"),
            ApplyUrl = posting.Text("careers_apply_url"),
            Location = LocationOf(posting),
            DescriptionHtml = posting.Text("description") + posting.Text("requirements"),
            // Recruitee sends the figures as strings ("40"); Number reads both.
            Pay = salary is { } range
                ? PayRanges.From(range.Number("min"), range.Number("max"), range.Text("currency"), range.Text("period"))
                : null,
            Remote = RemoteOf(posting),
            Countries = CountryCode(posting.Text("country_code")) is { } code ? [code] : [],
            PostedAt = posting.Date("published_at") ?? posting.Date("created_at"),
            EmploymentType = EmploymentTypeOf(posting.Text("employment_type_code")),
            Tags = Clean([posting.Text("department"), .. posting.Strings("tags")]),
        };
    }

    private static string? LocationOf(JsonElement offer)
    {
        var location = offer.Text("location");
        if (!string.IsNullOrWhiteSpace(location))
        {
            return location;
        }

        var parts = Clean([offer.Text("city"), offer.Text("country")]);
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    // Hybrid first: Recruitee may set remote and hybrid together for a partly remote job.
    private static bool? RemoteOf(JsonElement offer)
    {
        if (offer.Bool("hybrid") is true)
        {
            return false;
        }

        if (offer.Bool("remote") is true)
        {
            return true;
        }

        return offer.Bool("on_site") is true ? false : null;
    }

    // Codes such as "fulltime_permanent" or "parttime_fixed_term" carry the contract length after the type.
    private static string? EmploymentTypeOf(string? code)
    {
        var key = code?.Trim().ToUpperInvariant();
        if (key is null)
        {
            return null;
        }

        if (key.StartsWith("FULLTIME", StringComparison.Ordinal) || key.StartsWith("FULL_TIME", StringComparison.Ordinal))
        {
            return "FullTime";
        }

        return key.StartsWith("PARTTIME", StringComparison.Ordinal) || key.StartsWith("PART_TIME", StringComparison.Ordinal) ? "PartTime" : code;
    }

    private static string? CountryCode(string? value) =>
        value?.Trim() is { Length: 2 } code && code.All(char.IsAsciiLetter) ? code.ToUpperInvariant() : null;
}
