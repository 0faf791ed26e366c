namespace JobScout.Core.Text;

/// <summary>
/// Splits plain text into sentences and lines, the unit pay, level, domains and scam signs are read in. A sentence ends
/// at a line break, or at ".", "!", "?" or ";" followed by space and a capital: "ca. 34.500€" and "e.g. raters" stay whole.
/// Written out rather than as a regex split: it runs on every description, several times.
/// </summary>
public static class TextSentences
{
    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '\n' ? i
                : text[i] is '.' or '!' or '?' or ';' && StartsSentence(text, i + 1) ? i + 1
                : -1;
            if (end < 0)
            {
                continue;
            }

            var sentence = text[start..end].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = end;
        }

        var last = text[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    // Whitespace, then a capital letter.
    private static bool StartsSentence(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] != '\n')
        {
            i++;
        }

        return i > from && i < text.Length && char.IsUpper(text[i]);
    }
}
