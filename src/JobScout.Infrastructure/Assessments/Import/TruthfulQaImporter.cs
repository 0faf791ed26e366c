using CsvHelper;

namespace JobScout.Infrastructure.Assessments.Import;

/// <summary>
/// TruthfulQA (CSV: Type, Category, Question, Best Answer, Best Incorrect Answer, Correct Answers, Incorrect Answers,
/// Source) into fact-check items: each question shows either its best answer or its best incorrect answer (alternating,
/// so a pack holds both), to be judged supported or false against the row's source.
/// </summary>
internal static class TruthfulQaImporter
{
    private static readonly string[] Columns = ["Question", "Best Answer", "Best Incorrect Answer", "Source"];

    public static DatasetImport Import(string file, ImportOptions options)
    {
        using var csv = CsvReader.FromText(File.ReadAllText(file), new CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true, MissingField = CsvMissingFieldHandling.ReturnEmpty });
        if (Columns.FirstOrDefault(c => !csv.TryGetFieldIndex(c, out _)) is { } missing)
        {
            throw new DatasetFormatException($"{Path.GetFileName(file)}: no \"{missing}\" column; is this TruthfulQA.csv?");
        }

        var items = new List<PracticeItem>();
        int read = 0, skipped = 0;
        while (csv.Read() && (options.Limit is null || items.Count < options.Limit))
        {
            read++;
            string Get(string column) => csv.TryGetFieldIndex(column, out var index) ? csv.GetString(index).Trim() : "";
            var (question, best, wrong, source) = (Get("Question"), Get("Best Answer"), Get("Best Incorrect Answer"), Get("Source"));
            if (question.Length == 0 || best.Length == 0 || wrong.Length == 0)
            {
                skipped++;
                continue;
            }

            var showCorrect = read % 2 == 1;
            var answer = showCorrect ? best : wrong;
            var category = Get("Category");
            items.Add(new PracticeItem($"{options.PackId}-{read:000}", PackVocabulary.FactCheck, question,
                "Judge the claim in the answer: supported by reliable sources, or false.", showCorrect ? "none" : "fluent-but-wrong",
                $"The best answer is: “{best}”. A common wrong answer is: “{wrong}”.")
            {
                Response = answer,
                Claims = [new FactClaim(answer, showCorrect ? "supported" : "false", source.Length > 0 ? source : "TruthfulQA reference answers",
                    $"{(category.Length > 0 ? $"{category}. " : "")}The reference answer: {best}.")],
            });
        }

        var pack = DatasetImporters.Pack(options, "TruthfulQA fact-checks (imported)", "Judge short answers to questions people often get wrong.", "general",
            new PackSource("TruthfulQA (Lin, Hilton and Evans)", "https://github.com/sylinrl/TruthfulQA", "Apache-2.0", null), items);
        return new DatasetImport(pack, read, skipped, []);
    }
}
