using System.Globalization;
using System.Text;

namespace JobScout.Infrastructure.Resumes;

/// <summary>The report as text for a terminal.</summary>
public static class ResumeReportText
{
    public static string Write(ResumeReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Score {report.Score}/100 against {report.TargetName} ({report.Format}, {report.Pages} page(s), {report.Words} words)\n\n");
        foreach (var part in report.Breakdown)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {part.Label,-26} {part.Met,2}/{part.Total,-3} {part.Points,5:0.0} of {part.MaxPoints:0.0}\n");
        }

        text.Append("\nFound:\n");
        foreach (var hit in report.Matched)
        {
            text.Append(CultureInfo.InvariantCulture, $"  ✓ {hit.Keyword} — “{hit.Line}”\n");
        }

        text.Append("\nMissing:\n");
        foreach (var miss in report.Missing)
        {
            text.Append(CultureInfo.InvariantCulture, $"  ✗ {miss.Keyword} — try: {miss.Suggestion}\n");
        }

        text.Append("\nChecks:\n");
        foreach (var check in report.Checks)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {(check.Passed ? "✓" : "!")} {check.Name}: {check.Message}\n");
        }

        return text.ToString();
    }
}
