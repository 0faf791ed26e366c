using System.Text.RegularExpressions;

namespace JobScout.Infrastructure.Resumes;

/// <summary>What trips applicant-tracking parsers: missing standard headings, contact details, dates, length, layout.</summary>
public static partial class ResumeChecks
{
    private static readonly string[] StandardHeadings = ["Experience", "Education", "Skills"];

    public static IReadOnlyList<ResumeCheck> Run(ResumeDocument resume)
    {
        var body = resume.Lines.Except(resume.HeaderFooterLines).ToList();
        var headings = SectionHeadings(body);
        var missing = StandardHeadings.Where(h => !headings.Contains(h)).ToList();
        var bodyText = string.Join("\n", body);
        var hasEmail = Email().IsMatch(bodyText);
        var hasPhone = Phone().Matches(bodyText).Any(m => m.Value.Count(char.IsAsciiDigit) >= 9 && !DateRange().IsMatch(m.Value));
        var headerOnly = !hasEmail && resume.HeaderFooterLines.Any(l => Email().IsMatch(l));
        var words = resume.WordCount;
        return
        [
            new("sections", missing.Count == 0, missing.Count == 0
                ? "Standard headings found: Experience, Education, Skills."
                : $"Add the standard heading{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}: parsers file your lines under the headings they know."),
            new("contact", hasEmail && hasPhone, (hasEmail, hasPhone) switch
            {
                (true, true) => "E-mail address and phone number found.",
                (true, false) => "Add a phone number near your e-mail address; many forms require one.",
                _ when headerOnly => "Your e-mail address is only in the page header, which many parsers skip: repeat it in the body.",
                _ => "No e-mail address found: put it at the top of the resume, as plain text.",
            }),
            new("dates", DateRange().IsMatch(bodyText), DateRange().IsMatch(bodyText)
                ? "Dates of roles found."
                : "Give each role its dates (for example \"Mar 2022 – Present\" or \"2021–2023\"); parsers use them to count experience."),
            new("length", words is >= 150 and <= 1100, words switch
            {
                < 150 => $"{words} words is short: describe what you did in each role, with results.",
                > 1100 => $"{words} words runs past two pages: keep the most relevant work and cut the rest.",
                _ => $"{words} words: a good length for one or two pages.",
            }),
            new("layout", !resume.HasColumns && !resume.HasTables && !resume.HasTextBoxes, Layout(resume)),
        ];
    }

    private static string Layout(ResumeDocument resume)
    {
        var problems = new List<string>();
        if (resume.HasColumns)
        {
            problems.Add("side-by-side columns (many parsers read straight across them)");
        }

        if (resume.HasTables)
        {
            problems.Add("tables (cells are often dropped or run together)");
        }

        if (resume.HasTextBoxes)
        {
            problems.Add("text boxes (often skipped)");
        }

        return problems.Count == 0
            ? "A single-column layout without tables or text boxes: safe for parsers."
            : $"Uses {string.Join(", ", problems)}. JobScout read them in order, but use one column of plain paragraphs for applications.";
    }

    private static HashSet<string> SectionHeadings(IEnumerable<string> lines)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l.Length <= 40))
        {
            var text = line.TrimEnd(':').Trim().ToLowerInvariant();
            if (ExperienceHeading().IsMatch(text))
            {
                found.Add("Experience");
            }
            else if (EducationHeading().IsMatch(text))
            {
                found.Add("Education");
            }
            else if (SkillsHeading().IsMatch(text))
            {
                found.Add("Skills");
            }
        }

        return found;
    }

    [GeneratedRegex(@"^((professional|work|relevant|employment)\s+)?(experience|history|employment)$")]
    private static partial Regex ExperienceHeading();

    [GeneratedRegex(@"^(education|academic background|qualifications|education and training)$")]
    private static partial Regex EducationHeading();

    [GeneratedRegex(@"^((core|key|technical|relevant)\s+)?(skills|competencies|skills and tools)$")]
    private static partial Regex SkillsHeading();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(\+?\d[\d\s().-]{7,}\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(19|20)\d{2}\s*(-|–|—|to)\s*((19|20)\d{2}|present|current|now)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateRange();
}
