using System.Text.RegularExpressions;

namespace JobScout.Core.Classification;

/// <summary>
/// A list of patterns asked as one: does any match, the first match, each pattern's match. Each pattern runs on its own:
/// one alternation of them all was measured up to twenty times slower, since it loses each pattern's literal-prefix search.
/// </summary>
public sealed class PatternSet(IEnumerable<Regex> patterns)
{
    public IReadOnlyList<Regex> Patterns { get; } = patterns.ToList();

    public bool IsMatch(string text) => Patterns.Any(p => p.IsMatch(text));

    /// <summary>The text the first pattern (in list order) that matches finds, trimmed, or null.</summary>
    public string? FirstMatch(string text)
    {
        foreach (var pattern in Patterns)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return match.Value.Trim();
            }
        }

        return null;
    }

    /// <summary>What each pattern matches first, lower-cased and each once, at most <paramref name="limit"/> of them.</summary>
    public List<string> DistinctMatches(string text, int limit) =>
        Patterns.Select(p => p.Match(text)).Where(m => m.Success).Select(m => m.Value.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal).Take(limit).ToList();
}
