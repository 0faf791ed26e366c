using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using JobScout.Infrastructure.Resumes;

namespace JobScout.Infrastructure.Assessments.Grading;

/// <summary>A kind of place a claim can be checked ("legislation", "research"), recognised by its words.</summary>
public sealed record SourceKind(string Id, IReadOnlyList<string[]> Phrases);

/// <summary>
/// The words a grader reads as one (data/grading-words.json): synonym groups, each written as its first word, and the
/// kinds of source a fact-check can name.
/// </summary>
public sealed class GradingWords
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, string> _stemToHead;
    private readonly Regex? _phrases;
    private readonly Dictionary<string, string> _phraseToHead;

    private GradingWords(Dictionary<string, string> stemToHead, Dictionary<string, string> phraseToHead, IReadOnlyList<SourceKind> sourceKinds,
        IReadOnlyList<string[]> vagueSources, IReadOnlySet<string> functionStems)
    {
        FunctionStems = functionStems;
        _stemToHead = stemToHead;
        _phraseToHead = phraseToHead;
        _phrases = phraseToHead.Count == 0
            ? null
            : new Regex(@"\b(" + string.Join("|", phraseToHead.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        SourceKinds = sourceKinds;
        VagueSources = vagueSources;
    }

    public IReadOnlyList<SourceKind> SourceKinds { get; }

    /// <summary>Places too vague to check anything ("google it").</summary>
    public IReadOnlyList<string[]> VagueSources { get; }

    /// <summary>Stems of words any text has ("my", "how", "every"): they say nothing about what a text is about.</summary>
    public IReadOnlySet<string> FunctionStems { get; }

    public static GradingWords Default { get; } = Load();

    /// <summary>Writes multi-word synonyms as their group's first word ("against the law" → "illegal").</summary>
    public string RewritePhrases(string text) => _phrases is null ? text : _phrases.Replace(text, m => " " + _phraseToHead[m.Value.ToLowerInvariant()] + " ");

    /// <summary>The stem that stands for a stem's synonym group (itself when it has none).</summary>
    public string Canonical(string stem) => _stemToHead.GetValueOrDefault(stem, stem);

    private static GradingWords Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("JobScout.grading-words.json")
                           ?? throw new InvalidOperationException("The grading words are not embedded.");
        var file = JsonSerializer.Deserialize<WordsFile>(stream, JsonOptions)
                   ?? throw new InvalidOperationException("The grading words are empty.");
        var stemToHead = new Dictionary<string, string>(StringComparer.Ordinal);
        var phraseToHead = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in file.Synonyms)
        {
            var head = group[0].ToLowerInvariant();
            var headStem = StemmedText.Stems(head).FirstOrDefault() ?? head;
            foreach (var word in group)
            {
                var stems = StemmedText.Stems(word);
                if (stems.Length == 1 && !word.Contains(' ', StringComparison.Ordinal))
                {
                    stemToHead.TryAdd(stems[0], headStem);
                }
                else if (word.Contains(' ', StringComparison.Ordinal))
                {
                    phraseToHead.TryAdd(word.ToLowerInvariant(), head);
                }
            }
        }

        var kinds = file.SourceKinds.Select(k => new SourceKind(k.Id, k.Words.Select(StemmedText.Stems).Where(s => s.Length > 0).ToList())).ToList();
        var function = file.FunctionWords.SelectMany(StemmedText.Stems).ToHashSet(StringComparer.Ordinal);
        return new GradingWords(stemToHead, phraseToHead, kinds, file.VagueSources.Select(StemmedText.Stems).Where(s => s.Length > 0).ToList(), function);
    }

    private sealed record WordsFile(List<List<string>> Synonyms, List<SourceKindFile> SourceKinds, List<string> VagueSources, List<string> FunctionWords);

    private sealed record SourceKindFile(string Id, List<string> Words);
}
