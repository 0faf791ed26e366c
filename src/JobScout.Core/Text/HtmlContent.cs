using System.Net;
using AngleSharp;
using Ganss.Xss;

namespace JobScout.Core.Text;

/// <summary>Turns description HTML from a source into sanitized HTML for display and plain text for search.</summary>
public static class HtmlContent
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>Some sources (Greenhouse) entity-escape their HTML: decode until real tags appear.</summary>
    public static string Unescape(string? raw)
    {
        var html = raw ?? "";
        for (var pass = 0; pass < 2 && LooksEscaped(html); pass++)
        {
            html = WebUtility.HtmlDecode(html);
        }

        return html;
    }

    public static string Sanitize(string html) => Sanitizer.Sanitize(html).Trim();

    public static string ToPlainText(string html) => PlainTextWriter.Convert(html);

    /// <summary>A title as one line of text; only titles carrying markup or entities pay for an HTML parse.</summary>
    public static string TitleText(string title)
    {
        var text = title.AsSpan().IndexOfAny('<', '&') >= 0 ? PlainTextWriter.Convert(Unescape(title)) : title;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Decodes, then returns (sanitized HTML, plain text).</summary>
    public static (string Html, string Text) Prepare(string? raw)
    {
        var html = Unescape(raw);
        if (!html.Contains('<', StringComparison.Ordinal))
        {
            // Plain text: keep its paragraphs when showing it.
            var paragraphs = html.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            html = string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));
        }

        // One parse serves both: the sanitized tree is serialized for display and walked for text.
        using var document = Sanitizer.SanitizeDom(html);
        var body = document.Body!;
        return (body.ChildNodes.ToHtml(Sanitizer.OutputFormatter).Trim(), PlainTextWriter.Convert(body));
    }

    private static bool LooksEscaped(string html) =>
        html.Contains("&lt;", StringComparison.Ordinal) && !html.Contains("<p", StringComparison.OrdinalIgnoreCase)
        && !html.Contains("<div", StringComparison.OrdinalIgnoreCase) && !html.Contains("<br", StringComparison.OrdinalIgnoreCase);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        // Source styling fights the site's own; keep structure, drop presentation.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("class");
        sanitizer.AllowedAttributes.Remove("id");
        sanitizer.AllowedTags.Remove("img");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
                link.SetAttribute("target", "_blank");
            }
        };
        return sanitizer;
    }
}
