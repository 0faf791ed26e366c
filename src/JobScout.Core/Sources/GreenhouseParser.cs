using System.Text.Json;

namespace JobScout.Core.Sources;

/// <summary>Greenhouse job board API: <c>GET /v1/boards/{token}/jobs?content=true</c>.</summary>
public sealed class GreenhouseParser : ISourceParser
{
    public string Kind => "greenhouse";

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        using var document = JsonReading.ParseDocument(payload, Kind);
        var jobs = JsonReading.RequiredArray(document.RootElement, "jobs", Kind, "a Greenhouse board");

        var batch = new PostingBatch("job");
        foreach (var job in jobs.EnumerateArray())
        {
            batch.Counted();
            var id = job.Text("id");
            var title = job.Text("title");
            if (!batch.Valid(id, title))
            {
                continue;
            }

            var url = job.Text("absolute_url");
            batch.Add(new ListingDraft
            {
                Source = $"{Kind}:{sourceKey}",
                SourceId = id,
                Title = title,
                Company = job.Text("company_name") ?? sourceKey,
                Url = url,
                ApplyUrl = url,
                Location = job.Child("location")?.Text("name"),
                DescriptionHtml = job.Text("content"),
                PostedAt = job.Date("first_published") ?? job.Date("updated_at"),
            });
        }

        return batch.ToPayload();
    }

    /// <summary>The board token from a job's URL (…/{token}/jobs/{id}), for payloads read from a file.</summary>
    public static string? BoardFromPayload(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var url = document.RootElement.GetProperty("jobs").EnumerateArray().Select(j => j.Text("absolute_url")).FirstOrDefault(u => u is not null);
            var segments = url is null ? [] : new Uri(url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var jobsAt = Array.IndexOf(segments, "jobs");
            return jobsAt > 0 ? segments[jobsAt - 1] : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or UriFormatException)
        {
            return null;
        }
    }
}
