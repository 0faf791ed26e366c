using System.Globalization;
using System.Text;
using JobScout.Core.Classification.Relevance;
using JobScout.Core.Listings;

namespace JobScout.Cli.Commands;

/// <summary>A listing's relevance verdict as text: the score, then each piece of evidence with its weight.</summary>
internal static class RelevanceExplanation
{
    public static string Describe(NormalizedListing listing)
    {
        var verdict = RelevanceJudge.Default.Judge(listing.Title, listing.Description, listing.Company, listing.ApplyUrl ?? listing.Url);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{listing.SourceId} \"{listing.Title}\" ({listing.Company}): ");
        text.Append(CultureInfo.InvariantCulture, $"{(listing.Relevant ? "AI-training work" : "not AI-training work")}, score {verdict.Score} (needs {RelevanceVerdict.Threshold})");
        if (listing.Relevant)
        {
            text.Append(CultureInfo.InvariantCulture, $", roles {string.Join(", ", listing.RoleTypes)}");
        }

        foreach (var evidence in verdict.Evidence)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {evidence.Weight,3:+0;-0} {evidence.Kind}: \"{evidence.Shown}\"");
        }

        return text.ToString();
    }
}
