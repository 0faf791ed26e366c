using System.Text.Json;
using JobScout.Core.Pay;

namespace JobScout.Core.Sources;

/// <summary>Himalayas public API: <c>GET /jobs/api?cursor=</c>, remote jobs only, paged by <c>nextCursor</c>.</summary>
public sealed class HimalayasParser : ISourceParser
{
    public string Kind => "himalayas";

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        using var document = JsonReading.ParseDocument(payload, Kind);
        var jobs = JsonReading.RequiredArray(document.RootElement, "jobs", Kind, "the Himalayas jobs API");

        var batch = new PostingBatch("job");
        foreach (var job in jobs.EnumerateArray())
        {
            batch.Counted();
            var link = job.Text("applicationLink");
            var id = NonBlank(job.Text("guid")) ?? NonBlank(link);
            var title = job.Text("title");
            if (!batch.Valid(id, title))
            {
                continue;
            }

            var restrictions = job.Strings("locationRestrictions");
            var tags = new List<string>(job.Strings("categories"));
            tags.AddRange(job.Strings("parentCategories"));
            tags.AddRange(job.Strings("seniority"));
            batch.Add(new ListingDraft
            {
                Source = $"{Kind}:{sourceKey}",
                SourceId = id,
                Title = title,
                Company = NonBlank(job.Text("companyName")) ?? NonBlank(job.Text("companySlug")) ?? sourceKey,
                // The guid is the job's page on Himalayas when it is a URL.
                Url = Uri.IsWellFormedUriString(id, UriKind.Absolute) ? id : link,
                ApplyUrl = link,
                Location = restrictions.Count > 0 ? string.Join(", ", restrictions) : null,
                DescriptionHtml = NonBlank(job.Text("description")) ?? job.Text("excerpt"),
                Pay = PayRanges.From(job.Number("minSalary"), job.Number("maxSalary"), job.Text("currency"), job.Text("salaryPeriod")),
                Remote = true,
                Countries = CountryCodes.FromNames(restrictions),
                PostedAt = job.EpochDate("pubDate"),
                ValidThrough = job.EpochDate("expiryDate"),
                EmploymentType = job.Text("employmentType"),
                Tags = tags,
            });
        }

        return batch.ToPayload();
    }

    /// <summary>The cursor for the next page (<c>?cursor=</c>); null on the last page or when the payload is unreadable.</summary>
    public static string? NextCursor(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return NonBlank(document.RootElement.Text("nextCursor"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
