using System.Text.RegularExpressions;

namespace JobScout.Core.Text;

/// <summary>Splits plain text into sentences and lines, the unit pay, level, domains and scam signs are read in.</summary>
public static partial class TextSentences
{
    public static IEnumerable<string> Split(string text) =>
        Break().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    // A new sentence starts with a capital: "ca. 34.500€" and "e.g. raters" stay whole.
    [GeneratedRegex(@"(?<=[.!?;])\s+(?=\p{Lu})|\n+")]
    private static partial Regex Break();
}
