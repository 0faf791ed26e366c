namespace JobScout.Core.Scams;

/// <summary>
/// Whether a domain imitates an official one: the same name under another top-level domain, a name one or two edits
/// away, a name that reads the same once confusable characters are folded ("rn" for "m", "1" for "l", "0" for "o"),
/// the official name with words added ("outlier-careers"), or the official domain used as a subdomain of another.
/// </summary>
public static class DomainLookalikes
{
    private static readonly (string From, string To)[] Confusables =
        [("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("i", "l"), ("3", "e"), ("5", "s"), ("@", "a"), ("-", "")];

    /// <summary>The official domain the candidate imitates, or null.</summary>
    public static string? Imitates(string candidate, PlatformRegistry registry)
    {
        if (registry.OwnerOf(candidate) is not null)
        {
            return null;
        }

        foreach (var official in registry.Platforms.SelectMany(p => p.Domains))
        {
            if (candidate.Contains(official + ".", StringComparison.Ordinal) || candidate.StartsWith(official + "-", StringComparison.Ordinal))
            {
                return official; // outlier.ai.verify-account.com
            }

            var (name, _) = Split(official);
            var (other, _) = Split(candidate);
            if (name.Length < 4)
            {
                continue;
            }

            if (other == name || Fold(other) == Fold(name) || (name.Length >= 6 && Distance(other, name) <= 2)
                || other.Split('-', '.').Contains(name) || (name.Length >= 7 && other.StartsWith(name, StringComparison.Ordinal) && other.Length <= name.Length + 12))
            {
                return official;
            }
        }

        return null;
    }

    /// <summary>The registrable name and its suffix: "careers.outlier-jobs.com" → ("outlier-jobs", "com").</summary>
    private static (string Name, string Suffix) Split(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length < 2 ? (domain, "") : (labels[^2], labels[^1]);
    }

    private static string Fold(string text) => Confusables.Aggregate(text, (current, pair) => current.Replace(pair.From, pair.To, StringComparison.Ordinal));

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
