using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using JobScout.Core.Evaluation;

namespace JobScout.Cli.Commands.Eval;

/// <summary><c>eval listings --gold FILE… [--payloads DIR] [--json]</c>: relevance, pay, role, level, domains and languages against labels.</summary>
public static class EvalListingsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliOutput output)
    {
        var gold = new Option<FileInfo[]>("--gold") { Description = "Label files (JSON lines: file, sourceId, relevant, roleType, pay, level, domains, languages).", Required = true, AllowMultipleArgumentsPerToken = true };
        var payloads = new Option<DirectoryInfo>("--payloads")
        {
            Description = "The folder holding the labelled payload files (default: ../shared/realworld/listings).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "realworld", "listings")),
        };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("listings", "Measure relevance, pay, role type, level, domains and languages of parsed listings against hand labels.") { gold, payloads, json };
        command.SetAction((parseResult, _) => CliHost.RunWithoutStoreAsync(output, async () =>
        {
            var folder = parseResult.GetValue(payloads)!;
            if (!folder.Exists)
            {
                throw new CliException($"No payload folder at {folder.FullName}; name it with --payloads.");
            }

            var labels = new List<ListingLabel>();
            foreach (var file in parseResult.GetValue(gold)!)
            {
                labels.AddRange(GoldFiles.Read(file, ListingLabels.Parse));
            }

            var source = new LabelledPayloads(folder);
            var report = ListingEvaluator.Evaluate(labels, source.Find);
            foreach (var problem in source.Problems)
            {
                await output.Error.WriteLineAsync($"warning: {problem}");
            }

            await (parseResult.GetValue(json) ? WriteJsonAsync(output.Out, report) : WriteTextAsync(output.Out, report));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Task WriteJsonAsync(TextWriter writer, ListingEvaluationReport report) =>
        writer.WriteLineAsync(JsonSerializer.Serialize(new
        {
            report.Labelled,
            report.Missing,
            relevance = new { report.Relevance.Precision, report.Relevance.Recall, report.Relevance.TruePositives, report.Relevance.FalsePositives, report.Relevance.FalseNegatives, report.Relevance.TrueNegatives },
            measures = report.Measures.Select(m => new { m.Name, m.Over, m.Value, m.Right, m.Of }),
            errors = report.Errors,
        }, Json));

    private static async Task WriteTextAsync(TextWriter writer, ListingEvaluationReport report)
    {
        var r = report.Relevance;
        await writer.WriteLineAsync(Invariant($"{report.Labelled} labelled listings ({r.TruePositives + r.FalseNegatives} AI-training work), {report.Missing} not found in their payloads"));
        await writer.WriteLineAsync(Invariant($"{"relevance precision",-36} {r.Precision,6:0.000}   ({r.TruePositives} kept right, {r.FalsePositives} false alarms)"));
        await writer.WriteLineAsync(Invariant($"{"relevance recall",-36} {r.Recall,6:0.000}   ({r.FalseNegatives} AI-training listings dropped)"));
        foreach (var measure in report.Measures)
        {
            await writer.WriteLineAsync(Invariant($"{measure.Name + " (" + measure.Over + ")",-36} {measure.Value,6:0.000}   ({measure.Right} of {measure.Of})"));
        }

        foreach (var group in report.Errors.GroupBy(e => e.Measure))
        {
            await writer.WriteLineAsync();
            await writer.WriteLineAsync($"{group.Key} errors ({group.Count()}):");
            foreach (var error in group)
            {
                await writer.WriteLineAsync($"  {error.File} {error.SourceId} \"{error.Title}\": expected {error.Expected}; found {error.Found}");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
