namespace JobScout.Infrastructure.Search;

/// <summary>The facets the search page offers, their URL names, and how each is counted.</summary>
public sealed record FacetField(string Name, string Field, string Label, bool LongTail = false)
{
    public static IReadOnlyList<FacetField> All { get; } =
    [
        new("role", ListingFields.Role, "Role type"),
        new("domain", ListingFields.Domain, "Skill or domain"),
        new("task", ListingFields.Task, "Task type"),
        new("type", ListingFields.Employment, "Employment type"),
        new("level", ListingFields.Level, "Level"),
        new("interval", ListingFields.Interval, "Paid per"),
        new("remote", ListingFields.Remote, "Remote"),
        new("country", ListingFields.Country, "Country"),
        new("language", ListingFields.Language, "Language"),
        new("company", ListingFields.CompanyFacet, "Company", LongTail: true),
    ];

    /// <summary>Counted with cached per-value bitsets: tens to a few hundred values.</summary>
    public static IReadOnlyList<FacetField> Small { get; } = All.Where(f => !f.LongTail).ToList();

    public static bool IsSmallField(string field) => Small.Any(f => f.Field == field);

    public static FacetField? ByName(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
