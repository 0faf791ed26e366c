using System.Text.Json;
using JobScout.Core.Pay;

namespace JobScout.Core.Sources;

/// <summary>Recruitee careers API: <c>GET https://{company}.recruitee.com/api/offers/</c>.</summary>
public sealed class RecruiteeParser : ISourceParser
{
    public string Kind => "recruitee";

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        using var document = JsonReading.ParseDocument(payload, Kind);
        var offers = JsonReading.RequiredArray(document.RootElement, "offers", Kind, "a Recruitee careers API response");

        var batch = new PostingBatch("posting");
        foreach (var offer in offers.EnumerateArray())
        {
            batch.Counted();
            var id = offer.Text("id");
            var title = offer.Text("title");
            if (!batch.Valid(id, title))
            {
                continue;
            }

            var company = offer.Text("company_name");
            var salary = offer.Child("salary");
            batch.Add(new ListingDraft
            {
                Source = $"{Kind}:{sourceKey}",
                SourceId = id,
                Title = title,
                Company = string.IsNullOrWhiteSpace(company) ? sourceKey : company,
                Url = offer.Text("careers_url") ?? offer.Text("url"),
                ApplyUrl = offer.Text("careers_apply_url"),
                Location = LocationOf(offer),
                DescriptionHtml = offer.Text("description") + offer.Text("requirements"),
                // Recruitee sends the figures as strings ("40"); Number reads both.
                Pay = salary is { } range
                    ? PayRanges.From(range.Number("min"), range.Number("max"), range.Text("currency"), range.Text("period"))
                    : null,
                Remote = RemoteOf(offer),
                Countries = CountryCode(offer.Text("country_code")) is { } code ? [code] : [],
                PostedAt = offer.Date("published_at") ?? offer.Date("created_at"),
                EmploymentType = EmploymentTypeOf(offer.Text("employment_type_code")),
                Tags = Clean([offer.Text("department"), .. offer.Strings("tags")]),
            });
        }

        return batch.ToPayload();
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

    private static List<string> Clean(IEnumerable<string?> values) =>
        values.OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
