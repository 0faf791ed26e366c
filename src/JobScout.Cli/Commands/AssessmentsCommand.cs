using System.CommandLine;
using System.Text.Json;
using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Assessments.Import;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Cli.Commands;

/// <summary><c>assessments import --format KIND FILE --pack NAME</c>: build a practice pack from a public dataset.</summary>
public static class AssessmentsCommand
{
    public static Command Create(CliOutput output)
    {
        var format = new Option<string>("--format") { Description = "truthfulqa, hh-rlhf, halueval or clinc150.", Required = true };
        format.AcceptOnlyFromAmong([.. DatasetImporters.Formats]);
        var file = new Argument<FileInfo>("FILE") { Description = "The dataset file." };
        var pack = new Option<string>("--pack") { Description = "The new pack's id (lower-case letters, digits, hyphens).", Required = true };
        var limit = new Option<int?>("--limit") { Description = "At most this many items." };
        var excludeOffensive = new Option<bool>("--exclude-offensive") { Description = "hh-rlhf: drop dialogues with listed offensive words." };
        var import = new Command("import", "Build a practice pack from a public dataset and save it in the data directory.") { format, file, pack, limit, excludeOffensive };
        import.SetAction((parseResult, ct) => CliHost.RunAsync(parseResult, output, async (services, token) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliException($"No such file: {path.FullName}");
            }

            DatasetImport result;
            try
            {
                var options = new ImportOptions(parseResult.GetValue(pack)!, parseResult.GetValue(limit), parseResult.GetValue(excludeOffensive));
                result = DatasetImporters.Import(parseResult.GetValue(format)!, path.FullName, options);
            }
            catch (DatasetFormatException exception)
            {
                throw new CliException(exception.Message);
            }

            var problems = PackValidator.Problems(result.Pack);
            if (problems.Count > 0)
            {
                throw new CliException($"The imported pack is not valid: {problems[0]}");
            }

            foreach (var warning in result.Warnings)
            {
                await output.Error.WriteLineAsync($"warning: {warning}");
            }

            var library = services.GetRequiredService<PackLibrary>();
            Directory.CreateDirectory(library.ImportDirectory);
            var target = Path.Combine(library.ImportDirectory, $"{result.Pack.Id}.json");
            await File.WriteAllTextAsync(target, JsonSerializer.Serialize(result.Pack, PackLibrary.Json), token);
            await output.Out.WriteLineAsync($"Pack \"{result.Pack.Id}\": {result.Pack.Items.Count} item(s) from {result.RowsRead} row(s) read, {result.RowsSkipped} skipped; saved to {target}.");
            await output.Out.WriteLineAsync($"Source credited: {result.Pack.Source!.Name} ({result.Pack.Source.Licence}).");
            return ExitCodes.Success;
        }, ct));
        var command = new Command("assessments", "Practice packs.");
        command.Subcommands.Add(import);
        return command;
    }
}
