using CsvHelper;
using JobScout.Core.Listings;
using JobScout.Core.Pay;

namespace JobScout.Core.Sources;

/// <summary>
/// CSV written by the JobSpy scraper: a header row, one posting a record, descriptions (Markdown or plain text)
/// in quoted multi-line fields. Columns are read by header name, so their order and extra columns do not matter.
/// </summary>
public sealed class JobSpyCsvParser : ISourceParser
{
    private static readonly string[] RequiredColumns = ["title", "company", "job_url"];

    public string Kind => "jobspy";

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            throw new SourceFormatException("The jobspy file is empty; expected a JobSpy CSV export with a header row.");
        }

        var listings = new List<NormalizedListing>();
        var problems = new List<string>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            OnMalformedRecord = bad =>
                problems.Add($"record {bad.RecordNumber}: malformed CSV ({bad.Reason}), {(bad.Skipped ? "skipped" : "read as recovered")}"),
        };

        try
        {
            using var csv = CsvReader.FromText(payload, options);
            var missing = RequiredColumns.Where(column => !csv.TryGetFieldIndex(column, out _)).ToList();
            if (missing.Count > 0)
            {
                throw new SourceFormatException(
                    $"The jobspy CSV header has no {string.Join(", ", missing)} column; is this a JobSpy export?");
            }

            while (csv.Read())
            {
                var draft = Draft(csv, sourceKey);
                if (draft is null)
                {
                    problems.Add($"row {csv.RowNumber}: skipped, it has no title or no id and job_url");
                    continue;
                }

                PostingFailure.NormalizeInto(draft, listings, problems, $"row {csv.RowNumber}");
            }
        }
        catch (CsvFormatException ex)
        {
            throw new SourceFormatException($"The jobspy CSV could not be read: {ex.Message}", ex);
        }

        return new ParsedPayload(listings, problems);
    }

    private ListingDraft? Draft(CsvReader csv, string sourceKey)
    {
        var title = Field(csv, "title");
        var jobUrl = Field(csv, "job_url");
        var id = Field(csv, "id") ?? jobUrl;
        if (title is null || id is null)
        {
            return null;
        }

        return new ListingDraft
        {
            Source = $"{Kind}:{Field(csv, "site") ?? sourceKey}",
            SourceId = id,
            Title = title,
            Company = Field(csv, "company") ?? sourceKey,
            Url = jobUrl,
            ApplyUrl = Field(csv, "job_url_direct") ?? jobUrl,
            Location = Field(csv, "location"),
            DescriptionHtml = Field(csv, "description"),
            Pay = PayRanges.From(PayRanges.Amount(Field(csv, "min_amount")), PayRanges.Amount(Field(csv, "max_amount")),
                Field(csv, "currency"), Field(csv, "interval")),
            Remote = Field(csv, "is_remote")?.ToUpperInvariant() switch
            {
                "TRUE" or "1" or "YES" => true,
                "FALSE" or "0" or "NO" => false,
                _ => null,
            },
            PostedAt = JsonReading.ParseDate(Field(csv, "date_posted")),
            // JobSpy may list several types ("fulltime, parttime"); the first is the main one.
            EmploymentType = Field(csv, "job_type")?.Split(',')[0].Trim(),
            Tags = new[] { Field(csv, "job_function"), Field(csv, "job_level") }.OfType<string>().ToList(),
        };
    }

    /// <summary>A column of the current record by header name; null when the column is missing or the value blank.</summary>
    private static string? Field(CsvReader csv, string column)
    {
        if (!csv.TryGetFieldIndex(column, out var index))
        {
            return null;
        }

        var value = csv.GetString(index);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
