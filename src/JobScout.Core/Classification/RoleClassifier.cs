using System.Text.RegularExpressions;

namespace JobScout.Core.Classification;

/// <summary>
/// Decides whether a listing is AI-training work and which role types it names.
/// Titles decide: descriptions at AI companies mention "AI" everywhere, so they only confirm.
/// </summary>
public static class RoleClassifier
{
    private static readonly (string RoleType, Regex Pattern)[] TitlePatterns =
    [
        ("ai-trainer", Make(@"\b(ai|llm|model)\s+(trainer|tutor)|\brlhf\b|human[- ]feedback|\bai training\b|for ai training")),
        ("model-evaluator", Make(@"\b(model|ai|generative ai|genai|llm)\s+(response\s+)?evaluat")),
        ("rater", Make(@"\b(ai\s+)?rater\b|\brating specialist")),
        ("response-reviewer", Make(@"\bresponse\s+review|\bai\s+reviewer|output review")),
        ("prompt-evaluator", Make(@"\bprompt\s+(evaluat|engineer|writer|review)")),
        ("data-annotator", Make(@"\bannotat|\blabel(l)?(er|ing)\b|\btagg(er|ing)\b|\btranscri(ber|ption)")),
        ("search-evaluator", Make(@"\bsearch\s+(quality|engine)?\s*(rater|evaluat|analyst)|\bads? quality rater")),
        ("domain-expert", Make(@"\bexpert\b|\bspecialist\s+for\s+ai|\bsubject matter")),
        ("fact-checker", Make(@"\bfact[- ]?check")),
        ("safety-reviewer", Make(@"\b(safety|trust (and|&) safety|red[- ]team)(ing)?\s+(review|evaluat|specialist|analyst|tester)")),
        ("coding-evaluator", Make(@"\b(coding|code|software|python|javascript)\s+(evaluat|review(er)?\s+for ai|expert for ai)|\bai\s+coding")),
        ("translation-evaluator", Make(@"\btranslation\s+(evaluat|review|quality)|\blocali[sz]ation\s+(evaluat|review)")),
    ];

    private static readonly Regex AiContext = Make(@"\b(ai|a\.i\.|llm|llms|machine learning|model|models|chatbot|generative)\b");
    private static readonly Regex RoleNeedsAiContext = Make(@"\bexpert\b|\bspecialist\b|\btranscri");

    public static IReadOnlyList<string> RoleTypes(string title, string description)
    {
        var found = new List<string>();
        foreach (var (roleType, pattern) in TitlePatterns)
        {
            if (pattern.IsMatch(title))
            {
                found.Add(roleType);
            }
        }

        // "Marine Biology Expert" is AI-training work only when the listing is about training AI.
        var aiMentioned = AiContext.IsMatch(title) || AiContext.IsMatch(description);
        if (!aiMentioned && found.All(r => r is "domain-expert" || RoleNeedsAiContext.IsMatch(title)))
        {
            return [];
        }

        // A search quality rater is a search evaluator; the generic "rater" adds nothing.
        if (found.Contains("search-evaluator"))
        {
            found.Remove("rater");
        }

        if (found.Contains("domain-expert") && found.Count == 1 && !AiContext.IsMatch(title))
        {
            found.Insert(0, "ai-trainer");
        }

        return found;
    }

    private static Regex Make(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
}
