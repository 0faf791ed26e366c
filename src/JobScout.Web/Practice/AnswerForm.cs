using System.Globalization;
using JobScout.Infrastructure.Assessments;
using V = JobScout.Infrastructure.Assessments.PackVocabulary;

namespace JobScout.Web.Practice;

/// <summary>Reads an item's answer from its form: rating-{dimension}, choice, rank-{id}, claim-{n}, needsMet, pageQuality, text.</summary>
public static class AnswerForm
{
    private const int MaxText = 8000;
    private const int MaxSources = 2000;

    public static ItemAnswer Read(PracticeItem item, IFormCollection form)
    {
        var answer = new ItemAnswer { Text = Limit(form["text"].ToString(), MaxText) };
        return item.Type switch
        {
            V.Rating => answer with
            {
                Ratings = V.Dimensions
                    .Select(d => (d, Ok: int.TryParse(form[$"rating-{d}"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 5, v))
                    .Where(x => x.Ok).ToDictionary(x => x.d, x => x.v),
            },
            V.Pairwise or V.Label => answer with { Choice = Known(form["choice"], item.Type == V.Label ? item.Options! : V.PairwiseChoices) },
            V.Ranking => answer with
            {
                Order = Ranks(item, form).OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id).ToList(),
            },
            V.FactCheck => answer with
            {
                Verdicts = item.Claims!.Select((_, i) => Known(form[$"claim-{i}"], V.ClaimVerdicts)).ToList(),
                Sources = Limit(form["sources"].ToString(), MaxSources),
            },
            V.Search => answer with { NeedsMet = Known(form["needsMet"], V.NeedsMet), PageQuality = Known(form["pageQuality"], V.PageQuality) },
            _ => answer,
        };
    }

    /// <summary>Why a submission cannot be scored as it stands (a ranking giving two responses the same rank), or null.</summary>
    public static string? Problem(PracticeItem item, IFormCollection form)
    {
        if (item.Type != V.Ranking)
        {
            return null;
        }

        var ranks = Ranks(item, form);
        if (ranks.Any(r => r.Rank is null || r.Rank < 1 || r.Rank > ranks.Count))
        {
            return $"Give every response a rank from 1 to {ranks.Count}.";
        }

        var shared = ranks.GroupBy(r => r.Rank).Where(g => g.Count() > 1).Select(g => $"{string.Join(" and ", g.Select(r => r.Id.ToUpperInvariant()))} both have rank {g.Key}").ToList();
        return shared.Count == 0 ? null : $"Each response needs its own rank: {string.Join("; ", shared)}.";
    }

    // Each response's rank as submitted (rank-{id}), or null where none was given.
    private static List<(string Id, int? Rank)> Ranks(PracticeItem item, IFormCollection form) =>
        item.Responses!.Select(r => (r.Id, int.TryParse(form[$"rank-{r.Id}"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null)).ToList();

    private static string Limit(string text, int length) => text.Length > length ? text[..length] : text;

    private static string? Known(string? value, IReadOnlyList<string> allowed) => value is not null && allowed.Contains(value) ? value : null;
}
