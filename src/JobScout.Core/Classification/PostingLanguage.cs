namespace JobScout.Core.Classification;

/// <summary>
/// The language a posting is written in, told by its commonest short words (articles, pronouns, prepositions), which
/// every text has and no two of these languages share many of. Null when the text is too short to tell.
/// </summary>
public static class PostingLanguage
{
    private const int MinimumWords = 40;
    private const int WordsRead = 150;
    private const double Lead = 1.5;

    private static readonly (string Language, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words)[] StopWords =
    [
        ("en", Set("the and of to in for with you your we our is are will be on as this that an or at by from have")),
        ("de", Set("der die das und mit für wir ist sind ein eine einen dich du ihr uns zu auf von bei oder nicht als auch im den dem des wie")),
        ("fr", Set("le la les et des du un une pour avec vous nous est sont dans au aux sur par qui que ne pas votre notre ce cette en")),
        ("es", Set("el la los las y de del un una para con tu su nuestro nuestra es son en por que como más al se te lo")),
        ("pt", Set("o a os as e de do da dos das um uma para com você seu sua nosso nossa é são em por que como mais ao no na")),
        ("nl", Set("de het een en van voor met je jij wij we ons onze is zijn in op te bij als niet ook aan of door")),
        ("it", Set("il lo la gli le e di del della un una per con tu noi è sono in su da che come più al nel non")),
    ];

    public static string? Detect(string text)
    {
        var scores = new int[StopWords.Length];
        var words = 0;
        var span = text.AsSpan();
        while (words < WordsRead && NextWord(ref span) is { IsEmpty: false } word)
        {
            words++;
            for (var i = 0; i < StopWords.Length; i++)
            {
                if (StopWords[i].Words.Contains(word))
                {
                    scores[i]++;
                }
            }
        }

        if (words < MinimumWords)
        {
            return null;
        }

        var best = Array.IndexOf(scores, scores.Max());
        var runnerUp = scores.Where((_, i) => i != best).Max();
        // Words shared by neighbours ("de", "en", "la") make close calls; a clear lead decides, otherwise English stands.
        return scores[best] > 0 && scores[best] >= runnerUp * Lead ? StopWords[best].Language : null;
    }

    // The next run of letters, leaving the rest of the text in span.
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> span)
    {
        var start = 0;
        while (start < span.Length && !char.IsLetter(span[start]))
        {
            start++;
        }

        var end = start;
        while (end < span.Length && char.IsLetter(span[end]))
        {
            end++;
        }

        var word = span[start..end];
        span = span[end..];
        return word;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string words) =>
        new HashSet<string>(words.Split(' '), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
