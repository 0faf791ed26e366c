using System.CommandLine;
using JobScout.Core.Listings;
using JobScout.Core.Sources;

namespace JobScout.Cli.Commands;

/// <summary><c>parse --format KIND FILE</c>: one payload to normalized JSON lines, no database.</summary>
public static class ParseCommand
{
    public static Command Create(CliOutput output)
    {
        var format = FormatOption.Create(required: true);
        var file = new Argument<FileInfo>("FILE") { Description = "The payload to parse." };
        var explain = new Option<bool>("--explain") { Description = "Print, for each listing, the evidence its relevance was judged on instead of JSON." };
        var command = new Command("parse", "Parse one source payload and print normalized listings as JSON lines.") { format, file, explain };
        command.SetAction((parseResult, _) => CliHost.RunWithoutStoreAsync(output, async () =>
        {
            var payload = await PayloadFile.ReadAsync(parseResult.GetValue(file)!);
            var parsed = PayloadFile.Parse(payload, parseResult.GetValue(format)!, parseResult.GetValue(file)!);
            foreach (var listing in parsed.Listings)
            {
                await output.Out.WriteLineAsync(parseResult.GetValue(explain) ? RelevanceExplanation.Describe(listing) : ListingJson.Serialize(listing));
            }

            foreach (var problem in parsed.Problems)
            {
                await output.Error.WriteLineAsync($"warning: {problem}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}

internal static class FormatOption
{
    public static Option<string> Create(bool required)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Payload format: {string.Join(", ", SourceParsers.Kinds)}, or auto.",
            Required = required,
        };
        if (!required)
        {
            option.DefaultValueFactory = _ => "auto";
        }

        option.AcceptOnlyFromAmong([.. SourceParsers.Kinds, "auto"]);
        return option;
    }
}
