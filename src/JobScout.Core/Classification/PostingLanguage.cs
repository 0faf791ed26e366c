namespace JobScout.Core.Classification;

/// <summary>
/// The language a posting is written in, told by its commonest short words (articles, pronouns, prepositions), which
/// every text has and no two of these languages share many of. Null when the text is too short to tell.
/// </summary>
public static class PostingLanguage
{
    private const int MinimumWords = 40;
    private const double Lead = 1.5;

    private static readonly Dictionary<string, HashSet<string>> StopWords = new()
    {
        ["en"] = Set("the and of to in for with you your we our is are will be on as this that an or at by from have"),
        ["de"] = Set("der die das und mit für wir ist sind ein eine einen dich du ihr uns zu auf von bei oder nicht als auch im den dem des wie"),
        ["fr"] = Set("le la les et des du un une pour avec vous nous est sont dans au aux sur par qui que ne pas votre notre ce cette en"),
        ["es"] = Set("el la los las y de del un una para con tu su nuestro nuestra es son en por que como más al se te lo"),
        ["pt"] = Set("o a os as e de do da dos das um uma para com você seu sua nosso nossa é são em por que como mais ao no na"),
        ["nl"] = Set("de het een en van voor met je jij wij we ons onze is zijn in op te bij als niet ook aan of door"),
        ["it"] = Set("il lo la gli le e di del della un una per con tu noi è sono in su da che come più al nel non"),
    };

    public static string? Detect(string text)
    {
        var words = text.Split((char[])[' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '(', ')', '"', '\'', '/', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinimumWords)
        {
            return null;
        }

        var scores = StopWords.ToDictionary(l => l.Key, _ => 0);
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            foreach (var (language, set) in StopWords)
            {
                if (set.Contains(lower))
                {
                    scores[language]++;
                }
            }
        }

        var ranked = scores.OrderByDescending(s => s.Value).ToList();
        // Words shared by neighbours ("de", "en", "la") make close calls; a clear lead decides, otherwise English stands.
        return ranked[0].Value > 0 && ranked[0].Value >= ranked[1].Value * Lead ? ranked[0].Key : null;
    }

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
