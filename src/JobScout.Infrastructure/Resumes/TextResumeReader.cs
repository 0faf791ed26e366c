using System.Text;
using System.Text.RegularExpressions;

namespace JobScout.Infrastructure.Resumes;

/// <summary>Plain text and Markdown: lines as written, Markdown marks taken off.</summary>
public static partial class TextResumeReader
{
    public static ResumeDocument Read(ReadOnlySpan<byte> content)
    {
        var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
        return FromText(text);
    }

    public static ResumeDocument FromText(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .Select(line => MarkdownMarks().Replace(line, "").Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Trim())
            .Where(line => line.Length > 0)
            .ToList();
        if (lines.Count == 0)
        {
            throw new ResumeReadException("The resume has no text.");
        }

        // About 500 words a page, the way a printed resume runs.
        var words = lines.Sum(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        return new ResumeDocument(ResumeFormat.Text, lines, Math.Max(1, (words + 499) / 500));
    }

    [GeneratedRegex(@"^(#{1,6}\s+|[-*+]\s+|>\s+)")]
    private static partial Regex MarkdownMarks();
}
