using System.Text.RegularExpressions;

namespace JobScout.Infrastructure.Resumes;

/// <summary>
/// A keyword's forms made ready to match: most as stem phrases; very short or symbol-bearing ones ("R", "C#",
/// "C++") as exact whole words, since stemming and tokenizing would blur them into other words.
/// </summary>
internal sealed class KeywordForms
{
    private readonly List<string[]> _phrases = [];
    private readonly List<Regex> _exact = [];

    private KeywordForms()
    {
    }

    public static KeywordForms Compile(ResumeKeyword keyword)
    {
        var forms = new KeywordForms();
        foreach (var form in keyword.Forms.Prepend(keyword.Text).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var stems = StemmedText.Stems(form);
            if (form.Length <= 2 || form.Contains('#', StringComparison.Ordinal) || form.Contains('+', StringComparison.Ordinal) || stems.Length == 0)
            {
                // One or two letters ("R", "Go", "JS") match as written or in capitals only, so "go" the verb is not "Go".
                var options = form.Length <= 2 ? RegexOptions.None : RegexOptions.IgnoreCase;
                var pattern = form.Length <= 2 ? $"(?:{Regex.Escape(form)}|{Regex.Escape(form.ToUpperInvariant())})" : Regex.Escape(form);
                forms._exact.Add(new Regex($"(?<![\\w#+]){pattern}(?![\\w#+])", options | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
            }
            else
            {
                forms._phrases.Add(stems);
            }
        }

        return forms;
    }

    /// <summary>Occurrences of any form in one line (the line's stems analyzed once by the caller).</summary>
    public int Count(string line, IReadOnlyList<StemToken> stems) =>
        _phrases.Sum(p => StemmedText.CountPhrase(stems, p)) + _exact.Sum(r => r.Count(line));
}
