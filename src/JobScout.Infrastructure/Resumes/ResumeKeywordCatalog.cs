using System.Text.Json;
using JobScout.Core.Classification;
using JobScout.Core.Listings;

namespace JobScout.Infrastructure.Resumes;

/// <summary>
/// The keyword sets a resume can be checked against, from data/resume-keywords.json and the taxonomy: the guide's
/// application keywords, each role type's, and any listing's own terms and phrases.
/// </summary>
public sealed class ResumeKeywordCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<ResumeKeywordCatalog> Shipped = new(() => Load(Taxonomy.Default));

    private readonly KeywordFile _file;
    private readonly Taxonomy _taxonomy;

    private ResumeKeywordCatalog(KeywordFile file, Taxonomy taxonomy)
    {
        _file = file;
        _taxonomy = taxonomy;
    }

    public static ResumeKeywordCatalog Default => Shipped.Value;

    /// <summary>Role types with a keyword set, for the form's list.</summary>
    public IReadOnlyList<(string Id, string Label)> Roles => _file.Roles.Keys.Select(id => (id, _taxonomy.LabelOf(id))).ToList();

    public ResumeTarget Guide() => new("guide", "The guide's application keywords", _file.Guide.Select(k => Keyword(k.Keyword,
        k.Category == "role" ? KeywordCategory.RoleTitle : KeywordCategory.Task, k.Variants, k.Suggestion)).ToList());

    public ResumeTarget? ForRole(string roleId)
    {
        if (!_file.Roles.TryGetValue(roleId, out var role))
        {
            return null;
        }

        var keywords = RoleKeywords(roleId).Concat(role.Tasks.Select(TaskKeyword)).Concat(_file.Tools.Select(ToolKeyword)).ToList();
        return new ResumeTarget($"role:{roleId}", $"{_taxonomy.LabelOf(roleId)} roles", Distinct(keywords));
    }

    public ResumeTarget ForListing(long id, NormalizedListing listing)
    {
        var text = $"{listing.Title}\n{listing.Description}";
        var keywords = listing.RoleTypes.SelectMany(RoleKeywords)
            .Concat(listing.TaskTypes.Where(_file.Tasks.ContainsKey).Select(TaskKeyword))
            .Concat(listing.Domains.Concat(listing.Skills).Select(DomainOrSkill))
            .Concat(_file.Tools.Select(ToolKeyword))
            .ToList();
        var mentioned = keywords.Where(k => k.Category != KeywordCategory.Tool || KeywordForms.Compile(k).Count(text, StemmedText.Analyze(text)) > 0).ToList();
        var phrases = ListingPhrases.Salient(text, mentioned, 6)
            .Select(p => new ResumeKeyword(p, KeywordCategory.ListingPhrase, [],
                $"The listing says “{p}”: if that describes work you have done, use the same words in a bullet point."));
        return new ResumeTarget($"listing:{id}", $"“{listing.Title}” at {listing.Company}", Distinct(mentioned.Concat(phrases).ToList())) { ListingText = text };
    }

    private IEnumerable<ResumeKeyword> RoleKeywords(string roleId) =>
        _file.Roles.TryGetValue(roleId, out var role)
            ? role.Titles.Take(1).Select(title => Keyword(title, KeywordCategory.RoleTitle, role.Titles.Skip(1).ToList(),
                $"Use the title in your summary line, e.g. “{char.ToUpperInvariant(title[0]) + title[1..]} with experience rating and improving model answers.”"))
            : [];

    private ResumeKeyword TaskKeyword(string taskId)
    {
        var task = _file.Tasks[taskId];
        return Keyword(task.Keyword, KeywordCategory.Task, task.Variants, task.Suggestion);
    }

    private ResumeKeyword ToolKeyword(ToolEntry tool) =>
        Keyword(tool.Keyword, KeywordCategory.Tool, tool.Variants, $"If you have used {tool.Keyword}, name it under Skills and in the role where you used it.");

    private ResumeKeyword DomainOrSkill(string id)
    {
        var label = _taxonomy.LabelOf(id);
        var isDomain = _taxonomy.Domains.Any(d => d.Id == id);
        return Keyword(label, KeywordCategory.DomainSkill, [], isDomain
            ? $"Show your {label.ToLowerInvariant()} background next to the AI work, e.g. “Reviewed AI answers to {label.ToLowerInvariant()} questions for accuracy and cited the sources.”"
            : $"List {label} under Skills and show it in use in one of your roles.");
    }

    /// <summary>A keyword with its variants and the taxonomy's synonyms of any of them.</summary>
    private ResumeKeyword Keyword(string text, KeywordCategory category, IReadOnlyList<string> variants, string suggestion)
    {
        var forms = variants.Prepend(text).ToList();
        var lowered = forms.Select(f => f.ToLowerInvariant()).ToHashSet();
        var synonyms = _taxonomy.Synonyms.Where(group => group.Any(lowered.Contains)).SelectMany(group => group);
        return new ResumeKeyword(text, category, forms.Concat(synonyms).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), suggestion);
    }

    private static List<ResumeKeyword> Distinct(List<ResumeKeyword> keywords) =>
        keywords.DistinctBy(k => k.Text.ToLowerInvariant()).ToList();

    private static ResumeKeywordCatalog Load(Taxonomy taxonomy)
    {
        using var stream = typeof(ResumeKeywordCatalog).Assembly.GetManifestResourceStream("JobScout.resume-keywords.json")
                           ?? throw new InvalidOperationException("resume-keywords.json is not embedded.");
        var file = JsonSerializer.Deserialize<KeywordFile>(stream, Json) ?? throw new JsonException("resume-keywords.json is empty.");
        return new ResumeKeywordCatalog(file, taxonomy);
    }

    private sealed record KeywordFile(
        IReadOnlyList<GuideEntry> Guide,
        IReadOnlyDictionary<string, TaskEntry> Tasks,
        IReadOnlyDictionary<string, RoleEntry> Roles,
        IReadOnlyList<ToolEntry> Tools);

    private sealed record GuideEntry(string Keyword, string Category, IReadOnlyList<string> Variants, string Suggestion);

    private sealed record TaskEntry(string Keyword, IReadOnlyList<string> Variants, string Suggestion);

    private sealed record RoleEntry(IReadOnlyList<string> Titles, IReadOnlyList<string> Tasks);

    private sealed record ToolEntry(string Keyword, IReadOnlyList<string> Variants);
}
