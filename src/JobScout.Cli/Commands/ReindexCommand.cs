using System.CommandLine;
using System.Diagnostics;
using JobScout.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Cli.Commands;

/// <summary><c>reindex</c>: rebuild the index from the database.</summary>
public static class ReindexCommand
{
    public static Command Create(CliOutput output)
    {
        var command = new Command("reindex", "Rebuild the search index from the database.");
        command.SetAction((parseResult, ct) => CliHost.RunAsync(parseResult, output, async (services, token) =>
        {
            var watch = Stopwatch.StartNew();
            try
            {
                var result = await services.GetRequiredService<IndexFollower>().RebuildAsync(token);
                await output.Out.WriteLineAsync($"Reindexed {result.Applied} change(s) up to sequence {result.Sequence} in {watch.Elapsed.TotalSeconds:0.00} s.");
                return ExitCodes.Success;
            }
            catch (Lucene.Net.Store.LockObtainFailedException)
            {
                throw new CliException("The index is in use by a running JobScout site; stop it before rebuilding the index.");
            }
        }, ct));
        return command;
    }
}
