using System.Text.RegularExpressions;
using JobScout.Core.Text;

namespace JobScout.Core.Classification;

/// <summary>
/// Reads the level a listing asks for, sentence by sentence. An advanced degree or licence counts as "expert" only where
/// it is required: a sentence naming it as one option ("Bachelor's or Master's"), a plus, a pay tier ("higher rates for
/// PhDs") or something not needed does not. "No experience needed" makes a listing "entry"; years or required prior
/// experience make it "experienced".
/// </summary>
public sealed partial class LevelReader(Taxonomy taxonomy)
{
    private readonly PatternSet _expert = new(taxonomy.ExpertLevel);
    private readonly PatternSet _entry = new(taxonomy.EntryLevel);

    public const string Entry = "entry";
    public const string Experienced = "experienced";
    public const string Expert = "expert";

    public string? Read(string title, string description)
    {
        if (DegreeInTitle().IsMatch(title))
        {
            return Expert;
        }

        // Sentences are read only where a whole-text check found something to weigh.
        if (_expert.IsMatch(description)
            && TextSentences.Split(description).Any(s => _expert.IsMatch(s) && !Optional().IsMatch(s) && !AlternativeDegree().IsMatch(s)))
        {
            return Expert;
        }

        if (_entry.IsMatch(title) || _entry.IsMatch(description) || NotRequired().IsMatch(description) || StudentTitle().IsMatch(title))
        {
            return Entry;
        }

        if (Years().IsMatch(description) || SeniorTitle().IsMatch(title)
            || (RequiredExperience().IsMatch(description) && TextSentences.Split(description).Any(s => RequiredExperience().IsMatch(s) && !Optional().IsMatch(s))))
        {
            return Experienced;
        }

        return null;
    }

    [GeneratedRegex(@"[(\[,–-]\s*(ph\.?d|master'?s|m\.?sc|jd|md|doctorate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeInTitle();

    // The degree or experience is welcome but not demanded.
    [GeneratedRegex(@"\b(preferred|preferably|a plus|is a bonus|nice to have|not required|not needed|not necessary|no need|isn't required|optional|ideally|advantageous|desirable|helpful|higher (pay )?rates?|earn more|bonus|or equivalent|or related experience|currently pursuing|or (currently )?enrolled|no ph\.?d|don't need|do not need)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Optional();

    // "Bachelor's or Master's", "Bachelor's and/or Master's": the advanced degree is one of several accepted.
    [GeneratedRegex(@"\b(bachelor'?s?|ba|bs|b\.?sc|undergraduate|college)\b[^.;]{0,40}\b(or|and/or)\b|\b(or|and/or)\b[^.;]{0,20}\b(bachelor'?s?|undergraduate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlternativeDegree();

    [GeneratedRegex(@"\b(no (previous |prior )?(professional |work )?experience (is )?(required|needed|necessary)|experience (is )?(helpful|welcome|a plus),? but not (required|necessary)|but not required|(previous|prior) experience (is )?not (required|necessary|needed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotRequired();

    [GeneratedRegex(@"\b(intern|internship|werkstudent\w*|werkstudierende\w*|working student|student assistant|trainee|apprentice|junior|graduate program)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StudentTitle();

    [GeneratedRegex(@"\b\d{1,2}\s*\+?\s*(years?|yrs?)\b|\b(one|two|three|four|five|six|seven|eight|ten)\+? years?\b|\b\d{1,2}\s*\+?\s*(jahre|ans|años|anos)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(senior|sr\.?|staff|principal|lead|head of|director|vp)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorTitle();

    [GeneratedRegex(@"^(\W*)(proven |demonstrated |prior |previous |professional |hands-on |strong |solid |extensive |relevant )?experience (in|with|as|of|working|building|using)\b|\b(proven|demonstrated|prior|previous|professional|extensive|substantial) (\w+ )?experience\b|\bmust have (\w+ )?experience\b|\bexperienced (in|with|as)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex RequiredExperience();
}
