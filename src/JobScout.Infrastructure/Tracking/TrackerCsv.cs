using System.Globalization;
using CsvHelper;

namespace JobScout.Infrastructure.Tracking;

/// <summary>The board as CSV for a spreadsheet, with the date each application entered each status.</summary>
public static class TrackerCsv
{
    private static readonly string[] Header =
        ["Title", "Company", "Status", "Listing", "Notes", "Next step", "Next step on", "Added", "Updated", .. ApplicationStatus.Board.Select(s => ApplicationStatus.Label(s) + " on")];

    public static void Write(TextWriter output, IReadOnlyList<TrackedApplication> applications, IReadOnlyList<StatusChange> history, string listingBaseUrl)
    {
        var entered = history
            .GroupBy(h => (h.ApplicationId, h.Status))
            .ToDictionary(g => g.Key, g => g.Min(h => h.At));
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        foreach (var column in Header)
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
        foreach (var application in applications)
        {
            string[] fields =
            [
                application.Title, application.Company, ApplicationStatus.Label(application.Status),
                $"{listingBaseUrl.TrimEnd('/')}/listings/{application.ListingId}", application.Notes, application.NextStep,
                application.NextStepOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Date(application.CreatedAt), Date(application.UpdatedAt),
                .. ApplicationStatus.Board.Select(s => entered.TryGetValue((application.Id, s), out var at) ? Date(at) : ""),
            ];
            foreach (var field in fields)
            {
                csv.WriteField(Defuse(field));
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Text a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.</summary>
    private static string Defuse(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + field : field;
}
