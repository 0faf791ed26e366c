using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using JobScout.Core.Classification.Relevance;

namespace JobScout.Core.Classification;

/// <summary>data/taxonomy.json: role types, task types, domains, skills, languages, levels and flags with their patterns.</summary>
public sealed record Taxonomy(
    IReadOnlyList<Regex> AiContext,
    IReadOnlyList<Regex> ExcludedTitles,
    IReadOnlyList<RoleTypeEntry> RoleTypes,
    IReadOnlyList<TaxonomyEntry> TaskTypes,
    IReadOnlyList<TaxonomyEntry> Domains,
    IReadOnlyList<TaxonomyEntry> Skills,
    IReadOnlyList<TaxonomyEntry> Languages,
    IReadOnlyList<Regex> EntryLevel,
    IReadOnlyList<Regex> ExpertLevel,
    IReadOnlyList<TaxonomyEntry> Flags,
    IReadOnlyList<IReadOnlyList<string>> Synonyms)
{
    /// <summary>The evidence patterns the relevance judge weighs.</summary>
    public RelevancePatterns Relevance { get; init; } = RelevancePatterns.Empty;

    private const string ResourceName = "JobScout.taxonomy.json";
    private static readonly Lazy<Taxonomy> Shipped = new(LoadShipped);

    /// <summary>The taxonomy shipped in data/taxonomy.json (embedded in this assembly).</summary>
    public static Taxonomy Default => Shipped.Value;

    /// <summary>Labels by id across every kind of entry, for display.</summary>
    public string LabelOf(string id) =>
        RoleTypes.Select(r => (r.Id, r.Label)).Concat(TaskTypes.Concat(Domains).Concat(Skills).Concat(Languages).Concat(Flags).Select(e => (e.Id, e.Label)))
            .FirstOrDefault(e => e.Id == id).Label ?? id;

    public static Taxonomy Parse(string json)
    {
        var file = JsonSerializer.Deserialize<TaxonomyFile>(json, JsonOptions)
                   ?? throw new JsonException("taxonomy.json is empty.");
        return new Taxonomy(
            Compile(file.AiContext),
            Compile(file.ExcludedTitles),
            file.RoleTypes.Select(r => new RoleTypeEntry(r.Id, r.Label, Compile(r.TitlePatterns), Compile(r.WeakTitlePatterns), r.GenericOnly)).ToList(),
            Entries(file.TaskTypes),
            Entries(file.Domains),
            Entries(file.Skills),
            Entries(file.Languages),
            Compile(file.Levels?.Entry),
            Compile(file.Levels?.Expert),
            Entries(file.Flags),
            file.Synonyms ?? [])
        {
            Relevance = file.Relevance is { } relevance
                ? new RelevancePatterns(Compile(relevance.TrainingTitles), Compile(relevance.TrainingWork), Compile(relevance.GigSigns), Compile(relevance.StaffSigns), Compile(relevance.ProfessionTitles))
                : RelevancePatterns.Empty,
        };
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static Taxonomy LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The embedded {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static List<TaxonomyEntry> Entries(IEnumerable<EntryFile>? entries) =>
        (entries ?? []).Select(e => new TaxonomyEntry(e.Id, e.Label, Compile(e.Patterns))).ToList();

    // The patterns are word alternations without nested quantifiers (a test holds them to it), so matching is linear in
    // the text and needs no timeout: a timeout only fires on a busy machine, and would cost a listing for nothing.
    private static List<Regex> Compile(IEnumerable<string>? patterns) =>
        (patterns ?? []).Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout)).ToList();

    private sealed record TaxonomyFile(
        List<string>? AiContext,
        List<string>? ExcludedTitles,
        List<RoleFile> RoleTypes,
        List<EntryFile>? TaskTypes,
        List<EntryFile>? Domains,
        List<EntryFile>? Skills,
        List<EntryFile>? Languages,
        LevelsFile? Levels,
        List<EntryFile>? Flags,
        List<List<string>>? Synonyms,
        RelevanceFile? Relevance);

    private sealed record RelevanceFile(List<string>? TrainingTitles, List<string>? TrainingWork, List<string>? GigSigns, List<string>? StaffSigns, List<string>? ProfessionTitles);

    private sealed record RoleFile(string Id, string Label, List<string>? TitlePatterns, List<string>? WeakTitlePatterns, bool GenericOnly);

    private sealed record EntryFile(string Id, string Label, List<string>? Patterns);

    private sealed record LevelsFile(List<string>? Entry, List<string>? Expert);
}

public sealed record TaxonomyEntry(string Id, string Label, IReadOnlyList<Regex> Patterns)
{
    public bool IsMatch(string text) => Patterns.Any(p => p.IsMatch(text));
}

/// <summary>A role type's title words: strong ones name it alone, weak ones only when the listing is about AI.</summary>
public sealed record RoleTypeEntry(string Id, string Label, IReadOnlyList<Regex> TitlePatterns, IReadOnlyList<Regex> WeakTitlePatterns, bool GenericOnly);
