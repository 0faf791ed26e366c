using System.CommandLine;
using JobScout.Cli.Commands;

namespace JobScout.Cli;

/// <summary>The <c>jobscout</c> command: exit 0 on success, 1 on a handled error, 2 on bad usage.</summary>
public static class JobScoutCommand
{
    public static readonly Option<string?> DataDirectory = new("--data-dir")
    {
        Description = "Folder for the database and index (default: .jobscout/ beside JobScout.sln).",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = new CliOutput(stdout ?? Console.Out, stderr ?? Console.Error);
        var root = new RootCommand("JobScout: find remote AI-training work. Crawl, import, search and index job listings.");
        root.Options.Add(DataDirectory);
        root.Subcommands.Add(ParseCommand.Create(output));
        root.Subcommands.Add(ImportCommand.Create(output));
        root.Subcommands.Add(CrawlCommand.Create(output));
        root.Subcommands.Add(SearchCommand.Create(output));
        root.Subcommands.Add(ReindexCommand.Create(output));
        root.Subcommands.Add(BenchCommand.Create(output));
        root.Subcommands.Add(UsersCommand.Create(output));
        root.Subcommands.Add(ResumeCheckCommand.Create(output));
        root.Subcommands.Add(AssessmentsCommand.Create(output));
        root.Subcommands.Add(CheckMessageCommand.Create(output));
        root.Subcommands.Add(Commands.Eval.EvalCommand.Create(output));
        root.Subcommands.Add(BackupCommand.CreateBackup(output));
        root.Subcommands.Add(BackupCommand.CreateRestore(output));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await output.Error.WriteLineAsync($"jobscout: {error.Message}");
            }

            await output.Error.WriteLineAsync("Run 'jobscout --help' for usage.");
            return ExitCodes.BadUsage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output.Out, Error = output.Error });
    }
}
