using System.Text.Json;
using System.Text.Json.Nodes;
using JobScout.Core.Listings;

namespace JobScout.Web.Listings;

/// <summary>
/// schema.org JobPosting for a listing page, so search engines and other job tools read JobScout's pages as
/// postings. System.Text.Json escapes &lt;, &gt; and &amp;, so the block cannot close its script tag early.
/// </summary>
public static class JobPostingJsonLd
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string For(NormalizedListing listing, string pageUrl, DateTimeOffset firstSeen)
    {
        var posting = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "JobPosting",
            ["title"] = listing.Title,
            ["description"] = listing.DescriptionHtml,
            ["datePosted"] = (listing.PostedAt ?? firstSeen).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["hiringOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = listing.Company },
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = listing.Source, ["value"] = listing.SourceId },
            ["url"] = pageUrl,
            ["directApply"] = false,
        };
        if (listing.ValidThrough is { } validThrough)
        {
            posting["validThrough"] = validThrough.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (EmploymentType(listing.EmploymentType) is { } employment)
        {
            posting["employmentType"] = employment;
        }

        if (listing.Remote == true)
        {
            posting["jobLocationType"] = "TELECOMMUTE";
            posting["applicantLocationRequirements"] = new JsonArray(listing.Countries
                .Select(c => (JsonNode)new JsonObject { ["@type"] = "Country", ["name"] = c }).ToArray());
        }
        else if (!string.IsNullOrWhiteSpace(listing.Location))
        {
            posting["jobLocation"] = new JsonObject { ["@type"] = "Place", ["address"] = listing.Location };
        }

        if (listing.Pay is { Currency: not null } pay && (pay.Min ?? pay.Max) is not null)
        {
            var value = new JsonObject { ["@type"] = "QuantitativeValue", ["unitText"] = pay.Interval.ToUpperInvariant() };
            if (pay.Min is { } min)
            {
                value["minValue"] = min;
            }

            if (pay.Max is { } max)
            {
                value["maxValue"] = max;
            }

            posting["baseSalary"] = new JsonObject { ["@type"] = "MonetaryAmount", ["currency"] = pay.Currency, ["value"] = value };
        }

        return posting.ToJsonString(Json);
    }

    private static string? EmploymentType(string? type) => type switch
    {
        "full_time" => "FULL_TIME",
        "part_time" => "PART_TIME",
        "contract" => "CONTRACTOR",
        "temporary" => "TEMPORARY",
        "internship" => "INTERN",
        "other" => "OTHER",
        _ => null,
    };
}
