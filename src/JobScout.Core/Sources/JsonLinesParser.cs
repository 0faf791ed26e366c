using System.Text.Json;

namespace JobScout.Core.Sources;

/// <summary>
/// JobScout's own raw listing lines: <c>id</c> (or <c>sourceId</c>), <c>title, company, url, location, description, payText,
/// postedAt, employmentType</c>, one JSON object a line. A bad line is reported and skipped; the rest still load. A
/// blank company keeps the listing, flagged <c>no-company</c>.
/// </summary>
public sealed class JsonLinesParser : ISourceParser
{
    public string Kind => "jsonl";

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        var listings = new List<Core.Listings.NormalizedListing>();
        var problems = new List<string>();
        var lineNumber = 0;
        foreach (var line in payload.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var item = document.RootElement;
                var id = item.Text("id") ?? item.Text("sourceId");
                var title = item.Text("title");
                if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(title))
                {
                    problems.Add($"line {lineNumber}: skipped, \"id\" (or \"sourceId\") and \"title\" are required");
                    continue;
                }

                PostingFailure.NormalizeInto(new ListingDraft
                {
                    Source = $"{Kind}:{sourceKey}",
                    SourceId = id,
                    Title = title,
                    Company = item.Text("company") ?? "",
                    Url = item.Text("url"),
                    Location = item.Text("location"),
                    DescriptionHtml = item.Text("description"),
                    PayText = item.Text("payText"),
                    PostedAt = item.Date("postedAt"),
                    EmploymentType = item.Text("employmentType"),
                }, listings, problems, $"line {lineNumber}");
            }
            catch (JsonException ex)
            {
                problems.Add($"line {lineNumber}: skipped, not valid JSON ({ex.Message})");
            }

        }

        if (listings.Count == 0 && problems.Count > 0)
        {
            throw new SourceFormatException($"No line of the file could be read; first problem: {problems[0]}");
        }

        return new ParsedPayload(listings, problems);
    }
}
