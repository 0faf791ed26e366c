using System.Text.RegularExpressions;
using V = JobScout.Infrastructure.Assessments.PackVocabulary;

namespace JobScout.Infrastructure.Assessments;

/// <summary>Checks a pack against the format; every problem names the item it is in.</summary>
public static partial class PackValidator
{
    public static IReadOnlyList<string> Problems(PracticePack pack)
    {
        var problems = new List<string>();
        void Require(bool ok, string where, string message)
        {
            if (!ok)
            {
                problems.Add($"{where}: {message}");
            }
        }

        Require(PackId().IsMatch(pack.Id ?? ""), "pack", $"id \"{pack.Id}\" must be lower-case letters, digits and hyphens");
        Require(!string.IsNullOrWhiteSpace(pack.Title), "pack", "title is missing");
        Require(pack.Version is >= 1 and <= MaxVersion, "pack", $"version must be between 1 and {MaxVersion:N0}, so a correction can always be saved as the next one");
        Require(Fits(pack.Title, MaxTitle) && Fits(pack.Description, MaxText) && Fits(pack.Domain, MaxId), "pack",
            $"title is at most {MaxTitle} characters, description {MaxText:N0}, domain {MaxId}");
        if (pack.Source is { } source)
        {
            Require(Uri.TryCreate(source.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp), "pack",
                $"source url \"{Clip(source.Url)}\" must be an http:// or https:// address");
            Require(Fits(source.Name, MaxTitle) && Fits(source.Licence, MaxTitle) && Fits(source.Note, MaxText) && Fits(source.Url, MaxText), "pack",
                "source name and licence are at most 200 characters, its url and note 20,000");
        }

        Require(pack.PassMark is > 0 and <= 100, "pack", "passMark must be between 1 and 100");
        Require(pack.TimeLimitMinutes is > 0 and <= 240, "pack", "timeLimitMinutes must be between 1 and 240");
        Require(pack.Items is { Count: > 0 }, "pack", "items are missing");
        var items = pack.Items ?? [];
        for (var n = 0; n < items.Count; n++)
        {
            Require(items[n] is not null, $"item #{n + 1}", "is empty (null); write the item or remove it");
        }

        Require(items.Count <= MaxItems, "pack", $"at most {MaxItems} items");
        foreach (var duplicate in items.Where(i => i is not null).GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"item {duplicate.Key}: the id is used {duplicate.Count()} times");
        }

        foreach (var item in items.Where(i => i is not null))
        {
            var where = $"item {Clip(item.Id) ?? "(no id)"}";
            Require(!string.IsNullOrWhiteSpace(item.Id) && item.Id.Length <= MaxId, where, $"id is missing or longer than {MaxId} characters");
            Require(TextsOf(item).All(t => Fits(t, MaxText)), where, $"every text is at most {MaxText:N0} characters");
            Require(item.KeyPoints is not null, where, "keyPoints must be a list (it may be empty)");
            Require(V.ItemTypes.Contains(item.Type), where, $"type \"{item.Type}\" is not one of {string.Join(", ", V.ItemTypes)}");
            Require(V.Tricks.Contains(item.Trick), where, $"trick \"{item.Trick}\" is not one of {string.Join(", ", V.Tricks)}");
            Require(!string.IsNullOrWhiteSpace(item.Explanation), where, "explanation is missing");
            foreach (var point in (item.KeyPoints ?? []).Concat(item.Rubric?.SelectMany(c => c.KeyPoints ?? []) ?? []))
            {
                Require(point.Phrasings is { Count: > 0 } && point.Phrasings.All(p => KeyPointScorer.CanMatch(p)), where,
                    $"key point \"{point.Point}\" needs phrasings with at least one word that is not a stop word");
            }

            CheckType(item, where, Require);
        }

        return problems;
    }

    private static void CheckType(PracticeItem item, string where, Action<bool, string, string> require)
    {
        switch (item.Type)
        {
            case V.Rating:
                require(!string.IsNullOrWhiteSpace(item.Response), where, "a rating item needs a response");
                require(item.Dimensions is not null && V.Dimensions.All(item.Dimensions.ContainsKey) && item.Dimensions.Count == V.Dimensions.Count, where,
                    $"dimensions must be exactly {string.Join(", ", V.Dimensions)}");
                foreach (var (name, dimension) in item.Dimensions ?? new Dictionary<string, RatingDimension>())
                {
                    require(dimension.Gold is >= 1 and <= 5 && dimension.Tolerance is 0 or 1, where, $"{name}: gold must be 1-5 and tolerance 0 or 1");
                }

                break;
            case V.Pairwise:
                require(!string.IsNullOrWhiteSpace(item.ResponseA) && !string.IsNullOrWhiteSpace(item.ResponseB), where, "responseA and responseB are needed");
                require(V.PairwiseChoices.Contains(item.Gold), where, "gold must be A, B or tie");
                break;
            case V.Ranking:
                var ids = item.Responses?.Select(r => r.Id).ToList() ?? [];
                require(ids.Count is >= 3 and <= 5 && ids.Distinct().Count() == ids.Count, where, "a ranking needs 3 to 5 responses with distinct ids");
                require(item.GoldOrder is not null && item.GoldOrder.Count == ids.Count && item.GoldOrder.Order().SequenceEqual(ids.Order()), where,
                    "goldOrder must list every response id once");
                break;
            case V.FactCheck:
                require(!string.IsNullOrWhiteSpace(item.Response) && item.Claims is { Count: >= 1 }, where, "a fact-check needs a response and claims");
                foreach (var claim in item.Claims ?? [])
                {
                    require(V.ClaimVerdicts.Contains(claim.Gold) && !string.IsNullOrWhiteSpace(claim.Source), where,
                        $"claim \"{claim.Text}\": gold must be supported, unsupported or false, with a source");
                }

                break;
            case V.Label:
                require(!string.IsNullOrWhiteSpace(item.Text) && V.LabelSets.Contains(item.LabelSet), where, "a label item needs text and a known labelSet");
                require(item.Options is { Count: >= 2 } && item.Accepted is { Count: >= 1 } && item.Accepted.All(item.Options.Contains), where,
                    "accepted labels must be among the options");
                break;
            case V.Search:
                require(!string.IsNullOrWhiteSpace(item.Query) && item.Result is not null, where, "a search item needs a query and a result");
                require(Graded(item.NeedsMet, V.NeedsMet), where, "needsMet: gold and accepted must be on the Needs Met scale, accepted including gold");
                require(Graded(item.PageQuality, V.PageQuality), where, "pageQuality: gold and accepted must be on the Page Quality scale, accepted including gold");
                break;
            case V.Rewrite:
                require(!string.IsNullOrWhiteSpace(item.Response) && !string.IsNullOrWhiteSpace(item.ModelAnswer), where, "a rewrite needs a response and a modelAnswer");
                require(item.Rubric is { Count: >= 1 } && item.Rubric.All(c => c.KeyPoints.Count > 0), where, "a rewrite needs rubric criteria with key points");
                break;
        }
    }

    private const int MaxVersion = 1_000_000;
    private const int MaxItems = 5_000;
    private const int MaxId = 64;
    private const int MaxTitle = 200;
    private const int MaxText = 20_000;

    private static bool Fits(string? text, int length) => text is null || text.Length <= length;

    private static string? Clip(string? text) => text is { Length: > 80 } ? text[..80] + "…" : text;

    // Every free text of an item, where the length limit applies.
    private static IEnumerable<string?> TextsOf(PracticeItem item) =>
        new[] { item.Type, item.Prompt, item.Instructions, item.Trick, item.Explanation, item.Response, item.ResponseA, item.ResponseB, item.Gold, item.Text,
                item.LabelSet, item.Query, item.UserIntent, item.ModelAnswer, item.Result?.Title, item.Result?.Url, item.Result?.Snippet }
            .Concat(item.Responses?.SelectMany(r => new[] { r.Id, r.Text }) ?? [])
            .Concat(item.Claims?.SelectMany(c => new[] { c.Text, c.Source, c.Explanation }) ?? [])
            .Concat(item.Options ?? []).Concat(item.Accepted ?? []).Concat(item.GoldOrder ?? [])
            .Concat((item.KeyPoints ?? []).SelectMany(k => (k.Phrasings ?? []).Prepend(k.Point)))
            .Concat(item.Rubric?.SelectMany(c => (c.KeyPoints ?? []).SelectMany(k => (k.Phrasings ?? []).Prepend(k.Point)).Prepend(c.Criterion)) ?? [])
            .Concat(item.Dimensions?.Values.Select(d => d.Explanation) ?? []);

    private static bool Graded(GradedChoice? choice, IReadOnlyList<string> scale) =>
        choice is not null && scale.Contains(choice.Gold) && choice.Accepted.Contains(choice.Gold) && choice.Accepted.All(scale.Contains);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex PackId();
}
