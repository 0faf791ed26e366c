using System.CommandLine;
using JobScout.Infrastructure.Backup;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Cli.Commands;

/// <summary><c>backup FILE</c> and <c>restore FILE</c>: a consistent copy of the database while the site runs, and putting one back.</summary>
public static class BackupCommand
{
    public static Command CreateBackup(CliOutput output)
    {
        var file = new Argument<string>("file") { Description = "Where to write the copy (must not exist yet)." };
        var command = new Command("backup", "Copy the database consistently, even while the site runs.") { file };
        command.SetAction((parseResult, ct) => CliHost.RunAsync(parseResult, output, async (services, token) =>
        {
            var summary = await services.GetRequiredService<DatabaseBackup>().BackupAsync(parseResult.GetValue(file)!, token);
            await output.Out.WriteLineAsync($"Backed up {summary.Listings} listing(s) and {summary.Users} account(s), schema version {summary.SchemaVersion}, " +
                                            $"to {summary.File} ({summary.Bytes / 1024.0:0} KiB); integrity checked.");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    public static Command CreateRestore(CliOutput output)
    {
        var file = new Argument<string>("file") { Description = "A file written by jobscout backup." };
        var command = new Command("restore", "Put a backup in place of the database (stop the site first); the index is rebuilt on the next start.") { file };
        command.SetAction((parseResult, ct) => CliHost.RunAsync(parseResult, output, async (services, token) =>
        {
            var summary = await services.GetRequiredService<DatabaseBackup>().RestoreAsync(parseResult.GetValue(file)!, token);
            await output.Out.WriteLineAsync($"Restored {summary.Listings} listing(s) and {summary.Users} account(s), schema version {summary.SchemaVersion}, " +
                                            $"into {summary.File}. The previous database is kept beside it; the index is rebuilt when the site next starts.");
            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
