using System.Text;

namespace JobScout.Core.Listings;

/// <summary>
/// Keys that find the same job on two sources: its apply URL without tracking noise, and its company and
/// title with punctuation and case removed; plus a text likeness for the second.
/// </summary>
public static class DuplicateKeys
{
    private const int ShingleSize = 3;
    public const double SameTextThreshold = 0.8;

    public static string? ApplyKey(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("gh_src", StringComparison.OrdinalIgnoreCase)
                        && !p.StartsWith("source=", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("ref=", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal));
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return $"{host.ToLowerInvariant()}{uri.AbsolutePath.TrimEnd('/')}{(query.Length > 0 ? "?" + query : "")}";
    }

    public static string TitleKey(string company, string title) => Simplify(company) + "|" + Simplify(title);

    /// <summary>Jaccard likeness of word 3-shingles, 0 to 1.</summary>
    public static double TextLikeness(string a, string b)
    {
        var left = Shingles(a);
        var right = Shingles(b);
        if (left.Count == 0 && right.Count == 0)
        {
            return 1;
        }

        var shared = left.Count(right.Contains);
        return (double)shared / (left.Count + right.Count - shared);
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = Simplify(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleSize <= words.Length; i++)
        {
            set.Add(string.Join(' ', words, i, ShingleSize));
        }

        if (set.Count == 0 && words.Length > 0)
        {
            set.Add(string.Join(' ', words));
        }

        return set;
    }

    private static string Simplify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space && builder.Length > 0)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }
}
