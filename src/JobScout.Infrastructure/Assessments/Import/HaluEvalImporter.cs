using System.Text.Json;

namespace JobScout.Infrastructure.Assessments.Import;

/// <summary>
/// HaluEval general data (JSON lines: ID, user_query, chatgpt_response, hallucination yes/no, hallucination_spans) into
/// labelling items: does the response contain a factual error? The gold spans go into the explanation.
/// </summary>
internal static class HaluEvalImporter
{
    private static readonly string[] Options = ["factual-error", "no-error"];

    public static DatasetImport Import(string file, ImportOptions options)
    {
        var items = new List<PracticeItem>();
        int read = 0, skipped = 0;
        foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
        {
            if (options.Limit is { } limit && items.Count >= limit)
            {
                break;
            }

            read++;
            try
            {
                using var row = JsonDocument.Parse(line);
                var root = row.RootElement;
                var query = root.GetProperty("user_query").GetString() ?? "";
                var response = root.GetProperty("chatgpt_response").GetString() ?? "";
                var verdict = root.GetProperty("hallucination").GetString();
                if (query.Length == 0 || response.Length == 0 || verdict is not ("yes" or "no"))
                {
                    skipped++;
                    continue;
                }

                var spans = root.TryGetProperty("hallucination_spans", out var s) && s.ValueKind == JsonValueKind.Array
                    ? s.EnumerateArray().Select(x => x.GetString()).OfType<string>().Where(x => x.Length > 0).ToList()
                    : [];
                var id = root.TryGetProperty("ID", out var rawId) ? rawId.ToString() : read.ToString(System.Globalization.CultureInfo.InvariantCulture);
                items.Add(new PracticeItem($"{options.PackId}-{id}", PackVocabulary.Label,
                    "Label the response: does it state something false or made up?", "Read the request and the response, then choose a label.",
                    verdict == "yes" ? "fluent-but-wrong" : "none",
                    verdict == "yes"
                        ? $"Annotators marked hallucinated content{(spans.Count > 0 ? ": “" + string.Join("”, “", spans.Take(3)) + "”" : "")}."
                        : "Annotators found no hallucinated content in this response.")
                {
                    Text = $"Request: {query}\n\nResponse: {response}",
                    LabelSet = "error-category",
                    Options = Options,
                    Accepted = [verdict == "yes" ? "factual-error" : "no-error"],
                });
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                skipped++;
            }
        }

        if (read > 0 && items.Count == 0)
        {
            throw new DatasetFormatException($"{Path.GetFileName(file)}: no line had user_query, chatgpt_response and hallucination; is this HaluEval general data?");
        }

        var pack = DatasetImporters.Pack(options, "HaluEval hallucination labels (imported)", "Spot made-up facts in chatbot answers.", "annotation",
            new PackSource("HaluEval (Li et al.)", "https://github.com/RUCAIBox/HaluEval", "MIT", "Human labels are somewhat noisy."), items);
        return new DatasetImport(pack, read, skipped, []);
    }
}
