using System.Text.Json;

namespace JobScout.Infrastructure.Assessments.Import;

/// <summary>
/// CLINC150 (JSON: train/val/test/oos_* lists of [utterance, intent]) into intent-labelling items from the test split:
/// the gold intent among four other intents and "oos" (none of these). CC BY 3.0: the pack credits the dataset.
/// </summary>
internal static class Clinc150Importer
{
    private const string OutOfScope = "oos";
    private const int DefaultLimit = 150;
    private static readonly int[] DistractorSteps = [7, 23, 51, 97];

    public static DatasetImport Import(string file, ImportOptions options)
    {
        Dictionary<string, List<List<string>>>? splits;
        try
        {
            splits = JsonSerializer.Deserialize<Dictionary<string, List<List<string>>>>(File.ReadAllText(file));
        }
        catch (JsonException exception)
        {
            throw new DatasetFormatException($"{Path.GetFileName(file)}: not CLINC150 JSON ({exception.Message}).");
        }

        if (splits is null || !splits.TryGetValue("test", out var test) || !splits.TryGetValue("oos_test", out var outOfScope))
        {
            throw new DatasetFormatException($"{Path.GetFileName(file)}: no \"test\" and \"oos_test\" lists; is this CLINC150 data?");
        }

        var intents = test.Where(r => r.Count == 2).Select(r => r[1]).Distinct().Order(StringComparer.Ordinal).ToList();
        // Every tenth row interleaves the out-of-scope utterances, so "none of these" is a real option.
        var rows = test.Select((r, i) => (Row: r, Key: i * 10)).Concat(outOfScope.Select((r, i) => (Row: r, Key: (i * 100) + 5))).OrderBy(x => x.Key).Select(x => x.Row);
        var items = new List<PracticeItem>();
        int read = 0, skipped = 0;
        foreach (var row in rows)
        {
            if (items.Count >= (options.Limit ?? DefaultLimit))
            {
                break;
            }

            read++;
            if (row.Count != 2 || row[0].Trim().Length == 0 || (row[1] != OutOfScope && !intents.Contains(row[1])))
            {
                skipped++;
                continue;
            }

            var (utterance, gold) = (row[0].Trim(), row[1]);
            var at = Math.Max(0, intents.IndexOf(gold));
            var others = DistractorSteps.Select(step => intents[(at + step + read) % intents.Count]).Where(i => i != gold).Distinct();
            var options5 = (gold == OutOfScope ? others : others.Prepend(gold)).Take(5).Order(StringComparer.Ordinal).Append(OutOfScope).ToList();
            items.Add(new PracticeItem($"{options.PackId}-{read:0000}", PackVocabulary.Label, "Which intent does the user's message express? Choose \"oos\" when none fits.",
                "Pick the one intent the assistant should act on.", "none",
                gold == OutOfScope ? "None of the listed intents fits: the request is out of scope." : $"The intent is {gold.Replace('_', ' ')}.")
            {
                Text = utterance,
                LabelSet = "intent",
                Options = options5,
                Accepted = [gold],
            });
        }

        var pack = DatasetImporters.Pack(options, "CLINC150 intent labels (imported)", "Label what a user wants from a virtual assistant.", "annotation",
            new PackSource("CLINC150 (Larson et al., 2019), clinc/oos-eval", "https://github.com/clinc/oos-eval", "CC BY 3.0",
                "Utterances and intents by Clinc, used under CC BY 3.0; turned into multiple-choice items by JobScout."), items);
        return new DatasetImport(pack, read, skipped, []);
    }
}
