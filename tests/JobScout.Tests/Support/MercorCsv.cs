using System.Text.Json;
using CsvHelper;

namespace JobScout.Tests.Support;

/// <summary>The real Mercor export (CSV) turned into JobScout's raw listing lines, the way an operator would import it.</summary>
public static class MercorCsv
{
    public static List<string> AsJsonLines()
    {
        var payload = File.ReadAllText(Paths.RealWorld("sources/aitraining_mercor_Remote-Jobs.csv"));
        using var csv = CsvReader.FromText(payload, new CsvReaderOptions { Separator = ',', HasHeader = true });
        var lines = new List<string>();
        while (csv.Read())
        {
            lines.Add(JsonSerializer.Serialize(new
            {
                id = csv.GetString("id"),
                title = csv.GetString("title"),
                company = "Mercor",
                url = csv.GetString("absolute_url"),
                location = csv.GetString("location"),
                description = csv.GetString("description"),
                payText = csv.GetString("compensation"),
                postedAt = csv.GetString("first_published"),
                employmentType = csv.GetString("commitment"),
            }));
        }

        return lines;
    }
}
