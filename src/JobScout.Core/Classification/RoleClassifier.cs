using System.Text.RegularExpressions;

namespace JobScout.Core.Classification;

/// <summary>
/// Decides whether a listing is AI-training work and which role types it names. Titles decide; weak title
/// words ("expert", "specialist", "evaluator") count only when the listing is about AI at all.
/// </summary>
public static class RoleClassifier
{
    private static readonly RolePattern[] Patterns =
    [
        new("ai-trainer", @"\b(ai|llm|model)\s+(trainer|tutor)|\brlhf\b|human[- ]feedback|\bai training\b|for ai\b", NeedsAiContext: false),
        new("model-evaluator", @"\b(model|ai|generative ai|genai|llm)\s+(response\s+)?evaluat", NeedsAiContext: false),
        new("model-evaluator", @"\bevaluat(or|ion)\b", NeedsAiContext: true, OnlyWhenNothingElse: true),
        new("rater", @"\b(ai\s+)?rater\b|\brating specialist|\brubric\b", NeedsAiContext: false),
        new("response-reviewer", @"\bresponse\s+review|\bai\s+(answers?|outputs?|responses?)\b|\bai\s+reviewer|output review", NeedsAiContext: false),
        new("prompt-evaluator", @"\bprompt\s+(evaluat|engineer|writer|review)", NeedsAiContext: false),
        new("data-annotator", @"\bannotat|\blabel(l)?(er|ing)\b|\btagg(er|ing)\b", NeedsAiContext: false),
        new("data-annotator", @"\btranscri(ber|ption|ptionist)", NeedsAiContext: true),
        new("search-evaluator", @"\bsearch\s+(quality|relevance|engine)?\s*(rater|evaluat|analyst)|\bads? quality rater", NeedsAiContext: false),
        new("domain-expert", @"\bexpert\b|\bdomain\s+(reviewer|specialist)|\bsubject matter|\b(phd|jd|md)\b", NeedsAiContext: true),
        new("domain-expert", @"\b(reasoning|content|writing)\s+(specialist|reviewer)", NeedsAiContext: true),
        new("fact-checker", @"\bfact[- ]?check", NeedsAiContext: false),
        new("safety-reviewer", @"\b(safety|trust (and|&) safety|red[- ]team)(ing)?\s+(review|evaluat|specialist|analyst|tester)", NeedsAiContext: false),
        new("coding-evaluator", @"\b(coding|code)\s+(evaluat|review(er)?\s+for ai|expert)|\bai\s+coding", NeedsAiContext: false),
        new("ai-trainer", @"\b(python|javascript|typescript|java|sql)\b.*\b(specialist|expert|trainer)|\b(specialist|expert|trainer)\b.*\b(python|javascript|typescript|java|sql)\b", NeedsAiContext: true),
        new("translation-evaluator", @"\btranslation\s+(evaluat|review|quality)|\blocali[sz]ation\s+(evaluat|review)", NeedsAiContext: false),
    ];

    // Building the tools is not doing the work: these titles are software, design, sales or research jobs.
    private static readonly Regex NotTrainingWork = Make(
        @"\b(software|backend|frontend|full[- ]?stack|platform|ml|machine learning|data)\s+engineer|\bengineer(ing)?\s+manager|\bdeveloper\b|" +
        @"\bdesigner\b|\baccount executive|\bsales\b|\brecruit(er|ing)\b|\bmarketing\b|\bintern(ship)?\b|\bresearch scientist|\bproduct manager");

    private static readonly Regex AiContext = Make(@"\b(ai|a\.i\.|llms?|machine learning|models?|chatbots?|generative|assistant responses)\b");

    public static IReadOnlyList<string> RoleTypes(string title, string description)
    {
        if (NotTrainingWork.IsMatch(title))
        {
            return [];
        }

        var aboutAi = AiContext.IsMatch(title) || AiContext.IsMatch(description);
        var found = new List<string>();
        foreach (var pattern in Patterns)
        {
            if (!found.Contains(pattern.RoleType) && (aboutAi || !pattern.NeedsAiContext) && pattern.Regex.IsMatch(title)
                && !(pattern.OnlyWhenNothingElse && Patterns.Any(p => p != pattern && !p.OnlyWhenNothingElse && (aboutAi || !p.NeedsAiContext) && p.Regex.IsMatch(title))))
            {
                found.Add(pattern.RoleType);
            }
        }

        // A search quality rater is a search evaluator; the generic "rater" adds nothing.
        if (found.Contains("search-evaluator"))
        {
            found.Remove("rater");
            found.Remove("model-evaluator");
        }

        return found;
    }

    private static Regex Make(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    // OnlyWhenNothingElse: a generic word ("evaluator") names a role only when nothing more specific does.
    private sealed record RolePattern(string RoleType, string Pattern, bool NeedsAiContext, bool OnlyWhenNothingElse = false)
    {
        public Regex Regex { get; } = Make(Pattern);
    }
}
