using System.Text;
using System.Text.RegularExpressions;
using JobScout.Core.Classification;

namespace JobScout.Infrastructure.Search;

/// <summary>
/// Widens unquoted words and phrases with their taxonomy synonyms before parsing: "rlhf" becomes
/// (rlhf OR "human feedback" OR …). Done on the query text because the classic parser splits on spaces before
/// analysis, which would break multi-word synonyms. Role types are never synonyms of each other.
/// </summary>
public sealed class SynonymExpander
{
    private readonly List<(Regex Pattern, string Expansion)> _groups;

    public SynonymExpander(Taxonomy taxonomy)
    {
        _groups = taxonomy.Synonyms
            .Where(g => g.Count > 1)
            .Select(g => (
                new Regex(@"(?<![\w""-])(" + string.Join('|', g.OrderByDescending(t => t.Length).Select(Regex.Escape)) + @")(?![\w""-])",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)),
                "(" + string.Join(" OR ", g.Select(Quote)) + ")"))
            .ToList();
    }

    public static SynonymExpander Default { get; } = new(Taxonomy.Default);

    public string Expand(string query)
    {
        // Quoted phrases are the user's exact words: only the parts outside quotes are widened.
        var parts = query.Split('"');
        var builder = new StringBuilder(query.Length * 2);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('"');
            }

            builder.Append(i % 2 == 0 ? ExpandPlain(parts[i]) : parts[i]);
        }

        return builder.ToString();
    }

    private string ExpandPlain(string text)
    {
        foreach (var (pattern, expansion) in _groups)
        {
            text = pattern.Replace(text, expansion, 1);
        }

        return text;
    }

    private static string Quote(string term) => term.Contains(' ', StringComparison.Ordinal) || term.Contains('-', StringComparison.Ordinal) ? $"\"{term}\"" : term;
}
