using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobScout.Infrastructure.Resumes;

/// <summary>The report as one JSON object: score, breakdown, matched, missing, checks (the <c>resume-check --json</c> contract).</summary>
public static class ResumeReportJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Write(ResumeReport report)
    {
        var breakdown = new JsonObject();
        foreach (var part in report.Breakdown)
        {
            breakdown[part.Name] = new JsonObject { ["matched"] = part.Met, ["total"] = part.Total, ["points"] = part.Points, ["maxPoints"] = part.MaxPoints };
        }

        var root = new JsonObject
        {
            ["score"] = report.Score,
            ["breakdown"] = breakdown,
            ["matched"] = new JsonArray(report.Matched.Select(m => (JsonNode)Item(m.Keyword, m.Category, m.ListingCount, ("line", m.Line), ("resumeCount", m.ResumeCount))).ToArray()),
            ["missing"] = new JsonArray(report.Missing.Select(m => (JsonNode)Item(m.Keyword, m.Category, m.ListingCount, ("suggestion", m.Suggestion))).ToArray()),
            ["checks"] = new JsonArray(report.Checks.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["passed"] = c.Passed, ["message"] = c.Message }).ToArray()),
        };
        return root.ToJsonString(Options);
    }

    private static JsonObject Item(string keyword, KeywordCategory category, int? listingCount, params (string Name, JsonNode? Value)[] fields)
    {
        var item = new JsonObject { ["keyword"] = keyword };
        foreach (var (name, value) in fields)
        {
            item[name] = value;
        }

        item["category"] = JsonNamingPolicy.CamelCase.ConvertName(category.ToString());
        if (listingCount is { } count)
        {
            item["listingCount"] = count;
        }

        return item;
    }
}
