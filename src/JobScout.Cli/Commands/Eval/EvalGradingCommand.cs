using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Assessments.Grading;
using JobScout.Infrastructure.Configuration;

namespace JobScout.Cli.Commands.Eval;

/// <summary><c>eval grading [--gold FILE…] [--packs DIR] [--json]</c>: the practice grader against expert-graded answers.</summary>
public static class EvalGradingCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliOutput output)
    {
        var gold = new Option<FileInfo[]>("--gold")
        {
            Description = "Graded answers (JSON lines: pack, item, kind, answer, expert 0-100). Default: every file in tests/JobScout.Tests/Fixtures/grading.",
            AllowMultipleArgumentsPerToken = true,
        };
        var packs = new Option<DirectoryInfo>("--packs") { Description = "The folder of practice packs the answers are for (default: the shipped data/assessments)." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("grading", "Measure the practice grader against expert scores: Spearman's ρ overall and per item type, mean absolute error, each disagreement over 20 points.")
        {
            gold, packs, json,
        };
        command.SetAction((parseResult, _) => CliHost.RunWithoutStoreAsync(output, async () =>
        {
            var files = parseResult.GetValue(gold) is { Length: > 0 } named ? named : DefaultGold();
            var answers = new List<GradedAnswer>();
            foreach (var file in files)
            {
                answers.AddRange(GoldFiles.Read(file, GradedAnswer.Parse));
            }

            var library = LoadPacks(parseResult.GetValue(packs)?.FullName ?? Path.Combine(DataPaths.ShippedData, "assessments"));
            var report = GradingEvaluator.Evaluate(answers, id => library.GetValueOrDefault(id));
            await (parseResult.GetValue(json) ? output.Out.WriteLineAsync(JsonSerializer.Serialize(report, Json)) : WriteTextAsync(output.Out, report));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static FileInfo[] DefaultGold()
    {
        var folder = new DirectoryInfo(Path.Combine("tests", "JobScout.Tests", "Fixtures", "grading"));
        return folder.Exists
            ? folder.GetFiles("*.jsonl").OrderBy(f => f.Name, StringComparer.Ordinal).ToArray()
            : throw new CliException($"No graded answers at {folder.FullName}; name them with --gold.");
    }

    private static Dictionary<string, PracticePack> LoadPacks(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliException($"No pack folder at {folder}; name it with --packs.");
        }

        try
        {
            return Directory.GetFiles(folder, "*.json").Select(PackLibrary.Load).ToDictionary(p => p.Id, StringComparer.Ordinal);
        }
        catch (PackFormatException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    private static async Task WriteTextAsync(TextWriter writer, GradingReport report)
    {
        await writer.WriteLineAsync(Invariant($"{report.Answers} graded answers ({report.Unmatched} name no shipped item)"));
        foreach (var agreement in report.PerType.Prepend(report.Overall))
        {
            await writer.WriteLineAsync(Invariant($"  {agreement.Group,-10} n={agreement.Count,-4} Spearman ρ {Format(agreement.Spearman)}   mean absolute error {agreement.MeanAbsoluteError,5:0.0} points"));
        }

        await WriteListAsync(writer, $"verbatim or paraphrased justifications scored as making no key point ({report.KeyPointsMissed.Count})", report.KeyPointsMissed);
        await WriteListAsync(writer, $"empty, off-topic or copied justifications credited ({report.EmptyCredited.Count})", report.EmptyCredited);
        await WriteListAsync(writer, $"disagreements over {GradingEvaluator.Tolerance:0} points ({report.Disagreements.Count})", report.Disagreements);
    }

    private static async Task WriteListAsync(TextWriter writer, string heading, IReadOnlyList<GradingDisagreement> rows)
    {
        await writer.WriteLineAsync();
        await writer.WriteLineAsync(heading + (rows.Count == 0 ? ": none" : ":"));
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(Invariant($"  {row.Item} ({row.Type}, {row.Kind}): expert {row.Expert:0}, grader {row.Grader:0} — {row.Note}"));
            if (row.Detail.Length > 0)
            {
                await writer.WriteLineAsync($"      {row.Detail}");
            }
        }
    }

    private static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "  —  ";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
