using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace JobScout.Web.Charts;

/// <summary>Values over time as inline SVG (0 to <c>max</c> on the y axis, 100 unless given; an optional dashed reference line), drawn on the server.</summary>
public static class LineChartSvg
{
    private const int Width = 640;
    private const int Height = 220;
    private const int Left = 40;
    private const int Bottom = 30;
    private const int Top = 10;

    public static IHtmlContent Render(string title, IReadOnlyList<(string Label, double Value)> points, double? reference, string cssClass, double max = 100)
    {
        max = Math.Max(1, max);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"{cssClass}\" role=\"img\" aria-label=\"{Encode(title)}\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        foreach (var tick in new[] { 0, max / 2, max })
        {
            var y = Y(tick, max);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - 10}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{tick:0.#}</text>");
        }

        if (reference is { } line)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"reference\" x1=\"{Left}\" x2=\"{Width - 10}\" y1=\"{Y(line, max):0.#}\" y2=\"{Y(line, max):0.#}\" stroke-dasharray=\"6 4\"></line>");
        }

        var step = points.Count <= 1 ? 0 : (Width - Left - 30) / (double)(points.Count - 1);
        var coordinates = points.Select((p, i) => (X: Left + 10 + (i * step), Y: Y(p.Value, max), p.Label, p.Value)).ToList();
        if (coordinates.Count > 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', coordinates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.X:0.#},{c.Y:0.#}")))}\"></polyline>");
        }

        foreach (var c in coordinates)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{c.X:0.#}\" cy=\"{c.Y:0.#}\" r=\"4\"><title>{Encode(c.Label)}: {c.Value:0.#}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{c.X:0.#}\" y=\"{Height - 8}\" text-anchor=\"middle\">{Encode(c.Label)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static double Y(double value, double max) => Top + ((Height - Top - Bottom) * (1 - (Math.Clamp(value, 0, max) / max)));

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
