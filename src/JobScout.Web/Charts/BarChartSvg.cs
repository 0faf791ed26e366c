using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace JobScout.Web.Charts;

/// <summary>A horizontal bar chart as inline SVG, drawn on the server so it needs no script.</summary>
public static class BarChartSvg
{
    private const int BarHeight = 22;
    private const int LabelWidth = 260;
    private const int BarWidth = 420;

    public static IHtmlContent Render(string title, IReadOnlyList<(string Label, double Value)> bars, string cssClass)
    {
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var width = LabelWidth + BarWidth + 60;
        var height = (bars.Count * BarHeight) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"{cssClass}\" role=\"img\" aria-label=\"{Encode(title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var length = Math.Max(2, (int)(BarWidth * value / max));
            var y = (i * BarHeight) + 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight - 6}\" rx=\"3\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6}\" y=\"{y + 15}\">{value.ToString("0.##", CultureInfo.InvariantCulture)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
