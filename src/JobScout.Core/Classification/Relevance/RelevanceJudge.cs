using JobScout.Core.Scams;

namespace JobScout.Core.Classification.Relevance;

/// <summary>
/// Decides whether a listing is AI-training work by summing evidence: what its title names, what its description says
/// the work is, who hires (the platform registry), and whether it reads like gig work or a staff role. An explicit
/// AI-training phrase outweighs a profession in the title ("Backend Developer for Training AI Models"); a profession
/// title counts at an AI-training company when the text says the work trains AI, and staff-role signs keep real staff
/// jobs out.
/// </summary>
public sealed class RelevanceJudge(Taxonomy taxonomy, PlatformRegistry registry)
{
    private readonly PatternSet _strongTitles = new(taxonomy.Relevance.TrainingTitles.Concat(taxonomy.RoleTypes.Where(r => !r.GenericOnly).SelectMany(r => r.TitlePatterns)));
    private readonly PatternSet _roleWords = new(taxonomy.RoleTypes.SelectMany(r => r.WeakTitlePatterns));
    private readonly PatternSet _aiContext = new(taxonomy.AiContext);
    private readonly PatternSet _excluded = new(taxonomy.ExcludedTitles);
    private readonly PatternSet _trainingWork = new(taxonomy.Relevance.TrainingWork);
    private readonly PatternSet _professions = new(taxonomy.Relevance.ProfessionTitles);
    private readonly PatternSet _gigSigns = new(taxonomy.Relevance.GigSigns);
    private readonly PatternSet _staffSigns = new(taxonomy.Relevance.StaffSigns);

    private const int StrongTitle = 4;
    private const int RoleWordWithAiTitle = 3;
    private const int RoleWordWithAiText = 1;
    private const int ExcludedTitle = -3;
    private const int MaxTrainingWork = 2;
    private const int RegistryCompany = 2;
    private const int GigWork = 1;
    private const int MaxStaffSigns = 2;
    private const int ProfessionAtTrainingWork = 1;

    public static RelevanceJudge Default { get; } = new(Taxonomy.Default, PlatformRegistry.Default);

    public RelevanceVerdict Judge(string title, string description, string company, string? url = null)
    {
        var evidence = new List<RelevanceEvidence>();
        var strong = _strongTitles.FirstMatch(title);
        if (strong is not null)
        {
            evidence.Add(new("title names AI-training work", StrongTitle, strong));
        }

        // A role word ("reviewer", "translator") names AI-training work when the title is about AI; an AI mention in the
        // description alone is weak, since every posting at an AI company has one.
        var roleWord = strong is null ? _roleWords.FirstMatch(title) : null;
        // The AI word must be more than the role word itself ("AI Safety" alone is a field, not a role).
        var aiInTitle = roleWord is null ? null : _aiContext.FirstMatch(title.Replace(roleWord, " ", StringComparison.OrdinalIgnoreCase));
        if (roleWord is not null && aiInTitle is not null)
        {
            evidence.Add(new("role word in an AI title", RoleWordWithAiTitle, $"{roleWord} / {aiInTitle}"));
        }
        else if (roleWord is not null && _aiContext.FirstMatch(description) is { } inText)
        {
            evidence.Add(new("role word in the title, AI in the text", RoleWordWithAiText, $"{roleWord} / {inText}"));
        }

        var excluded = _excluded.FirstMatch(title);
        if (excluded is not null)
        {
            evidence.Add(new("title names another profession", ExcludedTitle, excluded));
        }

        // The first phrase saying the work itself trains or judges AI weighs most, more add a little; a staff title's
        // text talks about AI anyway, so there the phrases count once.
        // A title naming AI-training work and no other profession decides alone (staff signs cannot outweigh it), so the
        // text's training phrases, the costliest patterns, are not read for it.
        var decided = strong is not null && excluded is null;
        var work = decided ? [] : _trainingWork.DistinctMatches(description, MaxTrainingWork);
        if (work.Count > 0)
        {
            evidence.Add(new("text says the work trains or judges AI", excluded is null ? work.Count + 1 : 2, string.Join("; ", work)));
        }

        // A platform that hires people to train AI counts when the title names a role or a profession it hires for.
        var platform = RegistryPlatform(company, url);
        var profession = strong is null ? roleWord ?? _professions.FirstMatch(title) : null;
        if (platform is not null && (strong is not null || profession is not null || work.Count > 0))
        {
            evidence.Add(new("hired by an AI-training platform", RegistryCompany, platform));
        }

        if (profession is not null && aiInTitle is null && (work.Count > 0 || platform is not null))
        {
            evidence.Add(new("a profession hired for AI-training work", ProfessionAtTrainingWork, profession));
        }

        if ((_gigSigns.FirstMatch(title) ?? _gigSigns.FirstMatch(description)) is { } gig)
        {
            evidence.Add(new("freelance or contract gig", GigWork, gig));
        }

        // Staff-role signs do not outweigh a title that names AI-training work, unless it also names a staff profession.
        if (strong is null || excluded is not null)
        {
            var staff = _staffSigns.DistinctMatches(description, MaxStaffSigns);
            if (staff.Count > 0)
            {
                evidence.Add(new("staff-role signs", -staff.Count, string.Join("; ", staff)));
            }
        }

        var score = evidence.Sum(e => e.Weight);
        return new RelevanceVerdict(score >= RelevanceVerdict.Threshold, score, evidence);
    }

    private string? RegistryPlatform(string company, string? url)
    {
        var name = company.Trim();
        var host = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;
        foreach (var platform in registry.Platforms)
        {
            if (Names(platform, name) || (host is not null && platform.Owns(host)))
            {
                return platform.Name;
            }
        }

        return null;
    }

    private static bool Names(Platform platform, string company) =>
        company.Length > 0 && (string.Equals(platform.Name, company, StringComparison.OrdinalIgnoreCase)
                               || platform.Aliases.Any(a => string.Equals(a, company, StringComparison.OrdinalIgnoreCase))
                               || string.Equals(platform.Id, company, StringComparison.OrdinalIgnoreCase));
}
