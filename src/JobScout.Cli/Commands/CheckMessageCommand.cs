using System.CommandLine;
using System.Text.Json;
using JobScout.Core.Scams;

namespace JobScout.Cli.Commands;

/// <summary><c>check-message FILE|- [--json]</c>: the scam checker's report on a recruiter message, an e-mail or a link.</summary>
public static class CheckMessageCommand
{
    private const int MaxCharacters = 200_000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliOutput output)
    {
        var file = new Argument<string>("FILE") { Description = "A text file with the message, or - to read standard input." };
        var json = new Option<bool>("--json") { Description = "Print { verdict, claimedPlatform, signals: [{ id, explanation }] }." };
        var command = new Command("check-message", "Look for the warning signs of a recruitment scam in a message, e-mail or link.") { file, json };
        command.SetAction((parseResult, ct) => CliHost.RunWithoutStoreAsync(output, async () =>
        {
            var path = parseResult.GetValue(file)!;
            var text = path == "-" ? await Console.In.ReadToEndAsync(ct)
                : File.Exists(path) ? await File.ReadAllTextAsync(path, ct)
                : throw new CliException($"No such file: {Path.GetFullPath(path)}");
            if (string.IsNullOrWhiteSpace(text) || text.Length > MaxCharacters)
            {
                throw new CliException(text.Length > MaxCharacters ? "The message is too long to be a recruiter message (200,000 characters at most)." : "The message is empty.");
            }

            var report = ScamChecker.Check(text);
            if (parseResult.GetValue(json))
            {
                await output.Out.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    verdict = report.Verdict,
                    claimedPlatform = report.ClaimedPlatform,
                    signals = report.Signals.Select(s => new { id = s.Id, explanation = s.Explanation }),
                }, Json));
                return ExitCodes.Success;
            }

            await output.Out.WriteLineAsync($"Verdict: {report.Verdict}{(report.ClaimedPlatform is { } p ? $" (claims to be {PlatformRegistry.Default.Find(p)?.Name})" : "")}");
            foreach (var signal in report.Signals)
            {
                await output.Out.WriteLineAsync($"  ! {signal.Id}: {signal.Explanation}");
            }

            if (report.HowThePlatformContacts is { } contact)
            {
                await output.Out.WriteLineAsync($"How the platform really contacts people: {contact}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
