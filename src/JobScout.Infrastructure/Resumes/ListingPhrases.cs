namespace JobScout.Infrastructure.Resumes;

/// <summary>The phrases a listing leans on: two-word phrases it repeats (or puts in its title), not already among the keywords.</summary>
internal static class ListingPhrases
{
    public static IReadOnlyList<string> Salient(string text, IReadOnlyList<ResumeKeyword> known, int count)
    {
        var titleEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var tokens = StemmedText.Analyze(text);
        var knownStems = known.SelectMany(k => k.Forms.Prepend(k.Text)).Select(f => string.Join(' ', StemmedText.Stems(f))).ToHashSet();
        var bigrams = new Dictionary<string, (string Surface, int Count, bool InTitle)>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (a, b) = (tokens[i], tokens[i + 1]);
            // Adjacent in the text: only a space or a hyphen between them (punctuation, a stop word or a line break ends a phrase).
            var between = text[a.End..b.Start];
            if (between.Length is 0 or > 1 || between[0] is not (' ' or '-') || a.Stem.Any(char.IsDigit) || b.Stem.Any(char.IsDigit)
                || a.Stem.Length < 3 || b.Stem.Length < 3)
            {
                continue;
            }

            var key = $"{a.Stem} {b.Stem}";
            if (knownStems.Contains(key) || knownStems.Any(k => k.Contains(key, StringComparison.Ordinal)))
            {
                continue;
            }

            var seen = bigrams.TryGetValue(key, out var entry) ? entry : (text[a.Start..b.End], 0, false);
            bigrams[key] = (seen.Item1, seen.Item2 + 1, seen.Item3 || (titleEnd > 0 && a.Start < titleEnd));
        }

        return bigrams.Values
            .Where(v => v.Count >= 2 || v.InTitle)
            .OrderByDescending(v => v.Count + (v.InTitle ? 1 : 0))
            .ThenBy(v => v.Surface, StringComparer.Ordinal)
            .Select(v => v.Surface.ToLowerInvariant())
            .Distinct()
            .Take(count)
            .ToList();
    }
}
