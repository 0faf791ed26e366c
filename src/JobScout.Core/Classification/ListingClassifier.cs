using System.Text.RegularExpressions;
using JobScout.Core.Classification.Relevance;
using JobScout.Core.Listings;
using JobScout.Core.Scams;
using JobScout.Core.Text;

namespace JobScout.Core.Classification;

/// <summary>
/// Classifies a listing with the taxonomy. Role types come from the title (descriptions at AI companies
/// mention AI everywhere); tasks, domains, skills, languages, level and flags from title and description.
/// </summary>
public sealed partial class ListingClassifier(Taxonomy taxonomy, RelevanceJudge judge)
{
    private const int MaxDescriptionDomains = 3;
    private const string TranslationRole = "translation-evaluator";
    private const string LanguagesDomain = "languages";

    // A description this short is all about the job; longer ones carry company, benefits and privacy boilerplate.
    private const int ShortDescription = 600;
    private readonly LevelReader _levels = new(taxonomy);
    private const decimal TooGoodHourly = 150m;
    private const decimal TooGoodEntryHourly = 60m;

    public static ListingClassifier Default { get; } = new(Taxonomy.Default, RelevanceJudge.Default);

    public ListingClassification Classify(string title, string description, string company, PayRange? pay, string? applyUrl = null)
    {
        var text = title + "\n" + description;
        var verdict = judge.Judge(title, description, company, applyUrl);
        var level = _levels.Read(title, description);
        var languages = Languages(title, description);
        var roleTypes = verdict.Relevant ? RolesOfRelevant(title, description, languages) : [];
        return new ListingClassification(
            roleTypes,
            Matching(taxonomy.TaskTypes, text),
            Domains(title, description, languages),
            Matching(taxonomy.Skills, text),
            languages,
            level,
            Flags(text, applyUrl, company, pay, level));
    }

    /// <summary>
    /// The role types of a listing judged to be AI-training work: those its title names, else those its description
    /// names, else a profession hired for its expertise (domain expert), else AI trainer, the general case.
    /// </summary>
    private List<string> RolesOfRelevant(string title, string description, IReadOnlyList<string> languages)
    {
        var named = RoleTypes(title, description);
        // AI-training work for one language ("Hindi AI Data Trainer") is language work as well.
        if (named.Count > 0 && !named.Contains(TranslationRole) && NamesLanguageInTitle(title, languages))
        {
            return [.. named, TranslationRole];
        }

        if (named.Count > 0)
        {
            return named;
        }

        var described = taxonomy.RoleTypes.Where(r => !r.GenericOnly && r.TitlePatterns.Any(p => p.IsMatch(description))).Select(r => r.Id).Distinct().Take(2).ToList();
        if (described.Count > 0)
        {
            return described;
        }

        return taxonomy.Relevance.ProfessionTitles.Any(p => p.IsMatch(title)) ? ["domain-expert"] : ["ai-trainer"];
    }

    /// <summary>The role types a title names (weak role words only when the listing is about AI).</summary>
    private List<string> RoleTypes(string title, string description)
    {
        var aboutAi = taxonomy.AiContext.Any(p => p.IsMatch(title) || p.IsMatch(description));
        bool Names(RoleTypeEntry role) =>
            role.TitlePatterns.Any(p => p.IsMatch(title)) || (aboutAi && role.WeakTitlePatterns.Any(p => p.IsMatch(title)));

        var specific = taxonomy.RoleTypes.Where(r => !r.GenericOnly && Names(r)).Select(r => r.Id).Distinct().ToList();
        if (specific.Count > 0)
        {
            return specific;
        }

        return taxonomy.RoleTypes.Where(r => r.GenericOnly && Names(r)).Select(r => r.Id).Distinct().ToList();
    }

    private List<string> Domains(string title, string description, IReadOnlyList<string> languages)
    {
        var fromTitle = Matching(taxonomy.Domains, title);
        // Fields named in company boilerplate ("we serve finance and healthcare", "health benefits") say nothing about the
        // work; the listing's own field is in the sentences about the candidate and the tasks.
        var mentioned = taxonomy.Domains.Where(d => d.IsMatch(description)).ToList();
        var aboutTheWork = mentioned.Count == 0 || (description.Length <= ShortDescription && !WebAddress().IsMatch(description))
            ? description
            : string.Join("\n", CandidateSentences(description));
        var fromDescription = mentioned.Where(d => ReferenceEquals(aboutTheWork, description) || d.IsMatch(aboutTheWork)).Select(d => d.Id).ToList();
        // A description listing every field ("law, finance, medicine…") says nothing about this listing.
        var domains = fromDescription.Count <= MaxDescriptionDomains ? fromTitle.Union(fromDescription).ToList() : fromTitle;
        // Work for speakers of a language the title names is language work.
        if (!domains.Contains(LanguagesDomain) && NamesLanguageInTitle(title, languages))
        {
            domains.Add(LanguagesDomain);
        }

        return domains;
    }

    // Of the languages the listing asks for, one its title names (other than English).
    private bool NamesLanguageInTitle(string title, IReadOnlyList<string> languages) =>
        languages.Any(id => id != "en" && taxonomy.Languages.FirstOrDefault(l => l.Id == id) is { } language && language.IsMatch(title));

    private static IEnumerable<string> CandidateSentences(string description) =>
        description.Length <= ShortDescription
            ? [WebAddress().Replace(description, " ")]
            : TextSentences.Split(WebAddress().Replace(description, " ")).Where(sentence => !Boilerplate().IsMatch(sentence) && AboutTheCandidate().IsMatch(sentence));

    private List<string> Languages(string title, string description)
    {
        var found = new List<string>();
        var demands = LanguageDemands(description);
        foreach (var language in taxonomy.Languages)
        {
            if (language.IsMatch(title) || (demands.Count > 0 && language.Patterns.Any(p => AskedFor(p, demands))))
            {
                found.Add(language.Id);
            }
        }

        // A posting written in another language asks for that language.
        if (PostingLanguage.Detect(description) is { } written && written != "en" && !found.Contains(written))
        {
            found.Add(written);
        }

        return found;
    }

    // How near a demand word ("fluent", "native") must stand to a language's name, and the longest name looked for.
    private const int DemandReach = 40;
    private const int LongestLanguageMention = 60;

    /// <summary>A stretch of the description around one demand word, where a language it asks for would be named.</summary>
    private sealed record LanguageDemand(string Stretch, int DemandStart, int DemandEnd);

    // Language names are looked for only around demand words: a description has few of those, and 180 patterns over a
    // few stretches cost far less than over the whole text.
    private static List<LanguageDemand> LanguageDemands(string description)
    {
        var demands = new List<LanguageDemand>();
        foreach (Match demand in LanguageDemandWord().Matches(description))
        {
            var start = WordStart(description, Math.Max(0, demand.Index - DemandReach - LongestLanguageMention));
            var end = WordEnd(description, Math.Min(description.Length, demand.Index + demand.Length + DemandReach + LongestLanguageMention));
            demands.Add(new(description[start..end], demand.Index - start, demand.Index + demand.Length - start));
        }

        return demands;
    }

    // "fluent in Spanish", "native German speaker", "bilingual (French)": a language named within reach of a demand word.
    private static bool AskedFor(Regex language, List<LanguageDemand> demands)
    {
        foreach (var demand in demands)
        {
            foreach (Match match in language.Matches(demand.Stretch))
            {
                if (match.Index <= demand.DemandStart + DemandReach && match.Index + match.Length >= demand.DemandEnd - DemandReach)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && char.IsLetterOrDigit(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && char.IsLetterOrDigit(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>The scam checker's signs that the contract has flag ids for, plus pay and company checks of the parsed fields.</summary>
    private List<string> Flags(string text, string? applyUrl, string company, PayRange? pay, string? level)
    {
        var flags = ScamChecker.ListingSignals(text, applyUrl).Select(s => s.Id).Where(id => taxonomy.Flags.Any(f => f.Id == id)).ToList();
        var hourly = pay?.HourlyMin ?? pay?.HourlyMax;
        if (hourly >= TooGoodHourly || (level == "entry" && hourly >= TooGoodEntryHourly))
        {
            flags.Add("pay-too-good");
        }

        if (string.IsNullOrWhiteSpace(company) || NoCompany().IsMatch(company))
        {
            flags.Add("no-company");
        }

        return flags;
    }

    private static List<string> Matching(IEnumerable<TaxonomyEntry> entries, string text) =>
        entries.Where(e => e.IsMatch(text)).Select(e => e.Id).Distinct().ToList();

    [GeneratedRegex(@"\b(you|your|you'll|you’ll|you're|candidates?|applicants?|experience|expertise|background|degree|knowledge|proficien\w*|familiar\w*|skills?|qualifi\w*|tasks?|projects?|responsibilit\w*|evaluate|review|annotate|write|rate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheCandidate();

    [GeneratedRegex(@"\b(benefits?|insurance|401\(?k|pto|paid time off|equal opportunity|perks|wellness|stipend|privacy|policy|accommodations?|applicants? with disabilities)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"\b(https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"\b(fluent|fluency|native|proficien\w*|bilingual|speakers?|speaking|written and spoken|mother tongue|C1|C2)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageDemandWord();

    [GeneratedRegex(@"^\s*(confidential|unknown|n/?a|none|private|stealth|hiring company|company)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoCompany();
}
