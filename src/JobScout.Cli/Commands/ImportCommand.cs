using System.CommandLine;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Cli.Commands;

/// <summary><c>import FILE [--format KIND]</c>: parse, store and index listings.</summary>
public static class ImportCommand
{
    public static Command Create(CliOutput output)
    {
        var format = FormatOption.Create(required: false);
        var file = new Argument<FileInfo>("FILE") { Description = "The payload to import." };
        var command = new Command("import", "Parse a payload, store its listings and index them.") { format, file };
        command.SetAction((parseResult, ct) => CliHost.RunAsync(parseResult, output, async (services, token) =>
        {
            var path = parseResult.GetValue(file)!;
            var parsed = PayloadFile.Parse(await PayloadFile.ReadAsync(path), parseResult.GetValue(format)!, path);
            foreach (var problem in parsed.Problems)
            {
                await output.Error.WriteLineAsync($"warning: {problem}");
            }

            var counts = await services.GetRequiredService<ListingStore>().UpsertAsync(parsed.Listings, isExample: false, token);
            await output.Out.WriteLineAsync(
                $"Imported {parsed.Listings.Count} listing(s) from {path.Name}: {counts.New} new, {counts.Updated} updated, " +
                $"{counts.Unchanged} unchanged, {parsed.Problems.Count} skipped.");
            await IndexOrDefer(services, output, token);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    internal static async Task IndexOrDefer(IServiceProvider services, CliOutput output, CancellationToken ct)
    {
        try
        {
            var result = await services.GetRequiredService<IndexFollower>().CatchUpAsync(ct);
            await output.Out.WriteLineAsync($"Indexed {result.Applied} change(s); the index is at change {result.Sequence}.");
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            // The running site owns the index; its follower picks the stored rows up within seconds.
            await output.Out.WriteLineAsync("The running site holds the index; it will index these listings within seconds.");
        }
    }
}
