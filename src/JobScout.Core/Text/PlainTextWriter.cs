using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JobScout.Core.Text;

/// <summary>Renders HTML as readable plain text: block elements become line breaks, list items bullets.</summary>
internal static class PlainTextWriter
{
    private static readonly HashSet<string> BlockTags =
    [
        "P", "DIV", "BR", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "TR", "TABLE", "SECTION",
        "ARTICLE", "HEADER", "FOOTER", "BLOCKQUOTE", "PRE", "HR", "DL", "DT", "DD",
    ];

    private static readonly HashSet<string> SkippedTags = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"];

    public static string Convert(string html)
    {
        using var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        return Convert(document.Body!);
    }

    /// <summary>The text of a parsed element, such as a sanitized document's body.</summary>
    public static string Convert(IElement root)
    {
        var builder = new StringBuilder(4096);
        Append(root, builder);
        return Tidy(builder);
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement element when SkippedTags.Contains(element.TagName):
                    break;
                case IElement element:
                    var block = BlockTags.Contains(element.TagName);
                    if (block)
                    {
                        builder.Append('\n');
                    }

                    if (element.TagName == "LI")
                    {
                        builder.Append("• ");
                    }

                    Append(element, builder);
                    if (block)
                    {
                        builder.Append('\n');
                    }

                    break;
            }
        }
    }

    // One pass: runs of spaces, tabs and no-break spaces become one space; blank lines go.
    private static string Tidy(StringBuilder raw)
    {
        var tidy = new StringBuilder(raw.Length);
        var lineHasText = false;
        var spacePending = false;
        var breakPending = false;
        foreach (var chunk in raw.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n')
                {
                    breakPending |= lineHasText;
                    lineHasText = false;
                    spacePending = false;
                }
                else if (c is ' ' or '\t' or '\r' or '\u00a0')
                {
                    spacePending = lineHasText;
                }
                else
                {
                    if (breakPending && !lineHasText)
                    {
                        tidy.Append('\n');
                        breakPending = false;
                    }
                    else if (spacePending)
                    {
                        tidy.Append(' ');
                    }

                    spacePending = false;
                    lineHasText = true;
                    tidy.Append(c);
                }
            }
        }

        return tidy.ToString();
    }
}
