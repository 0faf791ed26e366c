using JobScout.Core.Classification;
using JobScout.Infrastructure.Search;

namespace JobScout.Cli.Benchmarks;

/// <summary>
/// A fixed, seeded mix of job-seeker searches out of every 20: 15 with 2–3 job words, a role type and a minimum
/// pay; 4 with words and a role type; 1 broad and unfiltered (one common word, or everything). Each asks for
/// 5 facet counts and a highlighted top 20.
/// </summary>
public static class QueryMix
{
    public static readonly string[] Facets = ["role", "domain", "task", "type", "company"];

    private static readonly string[] Words =
    [
        "rubric", "accuracy", "feedback", "review", "rank", "evaluate", "annotate", "safety", "clarity", "reasoning",
        "prompts", "label", "research", "claims", "helpfulness", "guidelines", "judgment", "quality",
    ];

    public static IReadOnlyList<(SearchRequest Request, bool Broad)> Create(int count, int seed = 7)
    {
        var random = new Random(seed);
        var roles = Taxonomy.Default.RoleTypes.Select(r => r.Id).Distinct().ToList();
        var domains = Taxonomy.Default.Domains.Select(d => d.Label.Split(' ')[0].ToLowerInvariant()).ToList();
        var mix = new List<(SearchRequest, bool)>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = i % 20;
            var words = Enumerable.Range(0, 2 + random.Next(2)).Select(w => w == 0 ? domains[random.Next(domains.Count)] : Words[random.Next(Words.Length)]);
            var query = string.Join(' ', words);
            var request = kind switch
            {
                < 15 => new SearchRequest(query) { Selections = Role(roles[random.Next(roles.Count)]), MinHourly = 20 + random.Next(0, 60) },
                < 19 => new SearchRequest(query) { Selections = Role(roles[random.Next(roles.Count)]) },
                _ => i % 40 == 19 ? new SearchRequest(Words[random.Next(Words.Length)]) : new SearchRequest(null),
            };
            mix.Add((request with { FacetNames = Facets }, kind == 19));
        }

        return mix;
    }

    private static Dictionary<string, IReadOnlyList<string>> Role(string role) => new() { ["role"] = [role] };
}
