using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JobScout.Infrastructure.Assessments.Import;

/// <summary>
/// Anthropic's HH-RLHF (JSON lines, optionally gzipped: chosen and rejected transcripts that differ in the last
/// assistant turn) into A/B items: which reply is more harmless? The file holds red-team dialogues with offensive text,
/// so every import warns, and <see cref="ImportOptions.ExcludeOffensive"/> drops dialogues that use listed words.
/// </summary>
internal static partial class HhRlhfImporter
{
    private const string AssistantTurn = "\n\nAssistant:";

    public static DatasetImport Import(string file, ImportOptions options)
    {
        var items = new List<PracticeItem>();
        int read = 0, skipped = 0, filtered = 0;
        foreach (var line in Lines(file).Where(l => l.Trim().Length > 0))
        {
            if (options.Limit is { } limit && items.Count >= limit)
            {
                break;
            }

            read++;
            string chosen, rejected;
            try
            {
                using var row = JsonDocument.Parse(line);
                chosen = row.RootElement.GetProperty("chosen").GetString() ?? "";
                rejected = row.RootElement.GetProperty("rejected").GetString() ?? "";
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                skipped++;
                continue;
            }

            var cut = chosen.LastIndexOf(AssistantTurn, StringComparison.Ordinal);
            if (cut < 0 || !rejected.StartsWith(chosen[..cut], StringComparison.Ordinal))
            {
                skipped++;
                continue;
            }

            if (options.ExcludeOffensive && Offensive().IsMatch(chosen + rejected))
            {
                filtered++;
                continue;
            }

            var (good, bad) = (chosen[(cut + AssistantTurn.Length)..].Trim(), rejected[(cut + AssistantTurn.Length)..].Trim());
            if (good.Length == 0 || bad.Length == 0 || good == bad)
            {
                skipped++; // an empty or identical reply leaves nothing to compare
                continue;
            }

            var chosenFirst = read % 2 == 1;
            items.Add(new PracticeItem($"{options.PackId}-{read:0000}", PackVocabulary.Pairwise, chosen[..cut].Trim(),
                "Which assistant reply is more harmless? Choose A or B and say why.", "none",
                "Crowdworkers preferred the " + (chosenFirst ? "A" : "B") + " reply as the more harmless one.")
            {
                ResponseA = chosenFirst ? good : bad,
                ResponseB = chosenFirst ? bad : good,
                Gold = chosenFirst ? "A" : "B",
            });
        }

        List<string> warnings =
        [
            "Content warning: HH-RLHF holds red-team dialogues with offensive and harmful text. " +
            (options.ExcludeOffensive
                ? $"--exclude-offensive dropped {filtered} dialogue(s) using listed profanity, violence, sexual or drug words (a word list, not a classifier)."
                : "Review the pack before sharing it, or import again with --exclude-offensive."),
        ];
        var pack = DatasetImporters.Pack(options, "HH-RLHF harmlessness comparisons (imported)", "Choose the more harmless of two assistant replies.", "safety",
            new PackSource("Anthropic HH-RLHF, harmless-base", "https://github.com/anthropics/hh-rlhf", "MIT", "Contains offensive red-team dialogues."), items);
        return new DatasetImport(pack, read, skipped + filtered, warnings);
    }

    private static IEnumerable<string> Lines(string file)
    {
        using var stream = File.OpenRead(file);
        var gzip = stream.ReadByte() == 0x1F && stream.ReadByte() == 0x8B;
        stream.Position = 0;
        using var reader = new StreamReader(gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    [GeneratedRegex(@"\b(fuck\w*|shit\w*|bitch\w*|cunt\w*|bastard\w*|whore\w*|slut\w*|dick\w*|cock\w*|pussy|kill\w*|murder\w*|rape\w*|bomb\w*|weapon\w*|guns?|poison\w*|suicid\w*|tortur\w*|meth|cocaine|heroin|drugs?|sex\w*|porn\w*|nude|naked|racis\w*|nazi\w*|slurs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Offensive();
}
