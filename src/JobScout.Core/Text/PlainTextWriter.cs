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
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var builder = new StringBuilder(html.Length);
        Append(document.Body!, builder);
        return Tidy(builder.ToString());
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

    private static string Tidy(string text) =>
        string.Join('\n', text.Replace('\u00a0', ' ').Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0));
}
