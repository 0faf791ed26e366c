using System.Text.Json;
using JobScout.Core.Listings;
using JobScout.Core.Pay;

namespace JobScout.Core.Sources;

/// <summary>RemoteOK public API: <c>GET /api</c>, a bare array whose first element is a legal notice, not a job.</summary>
public sealed class RemoteOkParser : ISourceParser
{
    public string Kind => "remoteok";

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        using var document = JsonReading.ParseDocument(payload, Kind);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new SourceFormatException("The remoteok payload is not a JSON array of jobs; is this the RemoteOK API?");
        }

        var batch = new PostingBatch("job");
        foreach (var job in document.RootElement.EnumerateArray())
        {
            var id = job.Text("id");
            var title = job.Text("position");
            // The notice element ({ last_updated, legal }) has neither; it is expected, not a problem.
            if (string.IsNullOrWhiteSpace(id) && string.IsNullOrWhiteSpace(title))
            {
                continue;
            }

            batch.Counted();
            if (!batch.Valid(id, title))
            {
                continue;
            }

            var location = job.Text("location");
            batch.Add(new ListingDraft
            {
                Source = $"{Kind}:{sourceKey}",
                SourceId = id,
                Title = title,
                Company = job.Text("company") ?? sourceKey,
                Url = job.Text("url"),
                ApplyUrl = job.Text("apply_url"),
                Location = location,
                DescriptionHtml = job.Text("description"),
                // RemoteOK salaries are yearly US dollars; 0 means not given, which From treats as missing.
                Pay = PayRanges.From(job.Number("salary_min"), job.Number("salary_max"), "USD", PayInterval.Year),
                Remote = true,
                Countries = CountryCodes.FromLocation(location),
                PostedAt = job.Date("date") ?? job.EpochDate("epoch"),
                Tags = job.Strings("tags"),
            });
        }

        return batch.ToPayload();
    }
}
