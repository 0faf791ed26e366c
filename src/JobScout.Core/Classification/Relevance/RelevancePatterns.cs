using System.Text.RegularExpressions;

namespace JobScout.Core.Classification.Relevance;

/// <summary>
/// data/taxonomy.json's "relevance" section: explicit AI-training phrases in titles, descriptions that say the work itself
/// trains or judges AI, and the signs of freelance gig work versus a staff role.
/// </summary>
public sealed record RelevancePatterns(
    IReadOnlyList<Regex> TrainingTitles,
    IReadOnlyList<Regex> TrainingWork,
    IReadOnlyList<Regex> GigSigns,
    IReadOnlyList<Regex> StaffSigns,
    IReadOnlyList<Regex> ProfessionTitles)
{
    public static RelevancePatterns Empty { get; } = new([], [], [], [], []);
}
