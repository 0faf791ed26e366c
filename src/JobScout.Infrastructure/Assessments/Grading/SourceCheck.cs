using JobScout.Infrastructure.Resumes;

namespace JobScout.Infrastructure.Assessments.Grading;

/// <summary>How well a fact-check's "where would you check it" answer fits the claims, with the kinds of source it named.</summary>
public sealed record SourceResult(double Credit, IReadOnlyList<string> KindsNamed, IReadOnlyList<string> KindsNeeded);

/// <summary>
/// Scores where an applicant would check a response's claims: each claim's expert source is read for its kinds
/// (legislation, an official body, documentation, research, a standard reference, statistics, history, arithmetic);
/// the answer earns the share of claims whose kind (or the source itself) it names. Naming only a search engine is
/// worth half: it says where to start, not what settles the claim.
/// </summary>
public static class SourceCheck
{
    private const double VagueCredit = 0.5;

    public static SourceResult Score(string? answer, IReadOnlyList<FactClaim> claims, GradingWords? words = null)
    {
        var vocabulary = words ?? GradingWords.Default;
        var stems = StemmedText.Analyze(answer ?? "");
        var named = Kinds(stems, vocabulary);
        var perClaim = claims.Select(c => StemmedText.Analyze(c.Source)).Select(source => (Source: source, Kinds: Kinds(source, vocabulary))).ToList();
        var needed = perClaim.SelectMany(c => c.Kinds).Distinct().ToList();
        if (stems.Count == 0 || claims.Count == 0)
        {
            return new SourceResult(0, named, needed);
        }

        var met = perClaim.Count(claim => claim.Kinds.Intersect(named).Any() || NamesTheSource(stems, claim.Source));
        var credit = (double)met / claims.Count;
        if (credit == 0 && vocabulary.VagueSources.Any(v => StemmedText.CountPhrase(stems, v) > 0))
        {
            credit = VagueCredit;
        }

        return new SourceResult(credit, named, needed);
    }

    private static List<string> Kinds(IReadOnlyList<StemToken> text, GradingWords words) =>
        words.SourceKinds.Where(k => k.Phrases.Any(p => StemmedText.CountPhrase(text, p) > 0)).Select(k => k.Id).ToList();

    // The answer names the expert's source itself: two of its words side by side ("Limitation Act", "Python documentation").
    private static bool NamesTheSource(IReadOnlyList<StemToken> answer, IReadOnlyList<StemToken> source)
    {
        for (var i = 0; i + 1 < source.Count; i++)
        {
            if (StemmedText.CountPhrase(answer, [source[i].Stem, source[i + 1].Stem]) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
