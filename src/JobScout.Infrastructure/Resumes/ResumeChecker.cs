namespace JobScout.Infrastructure.Resumes;

/// <summary>
/// Scores a resume against a target. Deterministic: the same resume and target always give the same report.
/// Each keyword category counts by its weight; categories the target lacks leave the scale, and the parse
/// checks count as one more part.
/// </summary>
public static class ResumeChecker
{
    private static readonly (string Name, string Label, KeywordCategory? Category, double Weight)[] Parts =
    [
        ("tasks", "Task keywords", KeywordCategory.Task, 35),
        ("domainsAndSkills", "Domains and skills", KeywordCategory.DomainSkill, 20),
        ("roleTitles", "Role titles", KeywordCategory.RoleTitle, 15),
        ("tools", "Tools", KeywordCategory.Tool, 5),
        ("listingPhrases", "Phrases from the listing", KeywordCategory.ListingPhrase, 10),
        ("sections", "Sections and parsing", null, 15),
    ];

    public static ResumeReport Check(ResumeDocument resume, ResumeTarget target)
    {
        var lines = resume.Lines.Select(l => (Text: l, Stems: StemmedText.Analyze(l))).ToList();
        var listing = target.ListingText is { } text ? (Text: text, Stems: StemmedText.Analyze(text)) : default;
        var matched = new List<KeywordHit>();
        var missing = new List<KeywordMiss>();
        foreach (var keyword in target.Keywords)
        {
            var forms = KeywordForms.Compile(keyword);
            var counts = lines.Select(l => forms.Count(l.Text, l.Stems)).ToList();
            int? inListing = target.ListingText is null ? null : forms.Count(listing.Text, listing.Stems);
            var first = counts.FindIndex(c => c > 0);
            if (first >= 0)
            {
                matched.Add(new KeywordHit(keyword.Text, keyword.Category, lines[first].Text, counts.Sum(), inListing));
            }
            else
            {
                missing.Add(new KeywordMiss(keyword.Text, keyword.Category, keyword.Suggestion, inListing));
            }
        }

        var checks = ResumeChecks.Run(resume);
        var breakdown = new List<ScorePart>();
        foreach (var (name, label, category, weight) in Parts)
        {
            var (met, total) = category is { } c
                ? (matched.Count(m => m.Category == c), target.Keywords.Count(k => k.Category == c))
                : (checks.Count(x => x.Passed), checks.Count);
            if (total > 0)
            {
                breakdown.Add(new ScorePart(name, label, met, total, weight * met / total, weight));
            }
        }

        var max = breakdown.Sum(p => p.MaxPoints);
        var scale = max == 0 ? 0 : 100 / max;
        breakdown = breakdown.Select(p => p with { Points = Math.Round(p.Points * scale, 1), MaxPoints = Math.Round(p.MaxPoints * scale, 1) }).ToList();
        var score = (int)Math.Round(breakdown.Sum(p => p.Points), MidpointRounding.AwayFromZero);
        return new ResumeReport(target.Name, Math.Clamp(score, 0, 100), breakdown, matched, missing, checks, resume.Format, resume.Pages, resume.WordCount);
    }
}
