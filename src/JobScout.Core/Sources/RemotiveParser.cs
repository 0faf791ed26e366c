namespace JobScout.Core.Sources;

/// <summary>Remotive public API: <c>GET /api/remote-jobs?search=&amp;category=&amp;limit=</c>. Every job on it is remote.</summary>
public sealed class RemotiveParser : ISourceParser
{
    public string Kind => "remotive";

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        using var document = JsonReading.ParseDocument(payload, Kind);
        var jobs = JsonReading.RequiredArray(document.RootElement, "jobs", Kind, "the Remotive remote-jobs API");

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

            var location = job.Text("candidate_required_location");
            var tags = new List<string>();
            if (job.Text("category") is { Length: > 0 } category)
            {
                tags.Add(category);
            }

            tags.AddRange(job.Strings("tags"));
            batch.Add(new ListingDraft
            {
                Source = $"{Kind}:{sourceKey}",
                SourceId = id,
                Title = title,
                Company = job.Text("company_name") ?? sourceKey,
                Url = job.Text("url"),
                Location = location,
                DescriptionHtml = job.Text("description"),
                PayText = job.Text("salary"),
                Remote = true,
                Countries = CountryCodes.FromLocation(location),
                // Published without a zone; Remotive means UTC, and ParseDate assumes it.
                PostedAt = job.Date("publication_date"),
                EmploymentType = job.Text("job_type"),
                Tags = tags,
            });
        }

        return batch.ToPayload();
    }
}
