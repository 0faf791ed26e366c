using JobScout.Core.Classification;

namespace JobScout.Web.Search;

/// <summary>Readable labels for facet values: taxonomy labels, employment types, remote states.</summary>
public static class Labels
{
    private static readonly Dictionary<string, string> Fixed = new(StringComparer.Ordinal)
    {
        ["full_time"] = "Full-time",
        ["part_time"] = "Part-time",
        ["contract"] = "Contract",
        ["temporary"] = "Temporary",
        ["internship"] = "Internship",
        ["other"] = "Other",
        ["remote"] = "Remote",
        ["onsite"] = "On-site or hybrid",
        ["unstated"] = "Not stated",
        ["hour"] = "Hour",
        ["day"] = "Day",
        ["week"] = "Week",
        ["month"] = "Month",
        ["year"] = "Year (salary)",
        ["task"] = "Task",
        ["entry"] = "Entry level",
        ["experienced"] = "Experienced",
        ["expert"] = "Expert",
    };

    public static string Of(string value) => Fixed.TryGetValue(value, out var label) ? label : Taxonomy.Default.LabelOf(value);
}
