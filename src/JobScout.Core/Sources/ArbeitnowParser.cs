using System.Text.Json;
using JobScout.Core.Listings;

namespace JobScout.Core.Sources;

/// <summary>Arbeitnow job board API: <c>GET /api/job-board-api?page=</c>, mostly German jobs, paged by <c>links.next</c>.</summary>
public sealed class ArbeitnowParser : ISourceParser
{
    public string Kind => "arbeitnow";

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        using var document = JsonReading.ParseDocument(payload, Kind);
        var data = JsonReading.RequiredArray(document.RootElement, "data", Kind, "the Arbeitnow job board API");

        var batch = new PostingBatch("job");
        foreach (var item in data.EnumerateArray())
        {
            batch.Counted();
            var id = item.Text("slug");
            var title = item.Text("title");
            if (!batch.Valid(id, title))
            {
                continue;
            }

            batch.Add(new ListingDraft
            {
                Source = $"{Kind}:{sourceKey}",
                SourceId = id,
                Title = title,
                Company = item.Text("company_name") ?? sourceKey,
                Url = item.Text("url"),
                Location = item.Text("location"),
                // Entity-escaped HTML; the normalizer decodes it.
                DescriptionHtml = item.Text("description"),
                Remote = item.Bool("remote"),
                PostedAt = item.EpochDate("created_at"),
                EmploymentType = EmploymentTypeOf(item.Strings("job_types")),
                Tags = item.Strings("tags"),
            });
        }

        return batch.ToPayload();
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
