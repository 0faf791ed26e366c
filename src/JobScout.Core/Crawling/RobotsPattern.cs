namespace JobScout.Core.Crawling;

/// <summary>Matches a robots.txt path pattern ("*" wildcards, "$" end anchor) against the start of a path.</summary>
internal static class RobotsPattern
{
    public static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored)
        {
            pattern = pattern[..^1];
        }

        // Iterative wildcard match with one backtrack point: linear in practice, no regex to blow up.
        int p = 0, s = 0, starAt = -1, starMatch = 0;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starAt = p++;
                starMatch = s;
            }
            else if (p < pattern.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (p == pattern.Length && !anchored)
            {
                return true; // the pattern is a prefix of the path
            }
            else if (starAt >= 0)
            {
                p = starAt + 1;
                s = ++starMatch;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
