using System.CommandLine;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Cli.Commands;

/// <summary><c>crawl [--source ID]</c>: run the configured sources once, with progress, then a summary.</summary>
public static class CrawlCommand
{
    public static Command Create(CliOutput output)
    {
        var sourceOption = new Option<string?>("--source") { Description = "Crawl only this source id." };
        var command = new Command("crawl", "Run the configured crawl sources once.") { sourceOption };
        command.SetAction((parseResult, ct) => CliHost.RunAsync(parseResult, output, async (services, token) =>
        {
            var catalog = services.GetRequiredService<SourceCatalog>();
            var only = parseResult.GetValue(sourceOption);
            var sources = only is null
                ? catalog.All.Where(s => s.Enabled).ToList()
                : [catalog.Find(only) ?? throw new CliException($"No source \"{only}\"; known: {string.Join(", ", catalog.All.Select(s => s.Id))}.")];
            if (sources.Count == 0)
            {
                throw new CliException("No enabled crawl sources are configured.");
            }

            var runner = services.GetRequiredService<CrawlRunner>();
            var progress = new Progress<string>(line => output.Error.WriteLine(line));
            var summaries = new List<CrawlSummary>();
            foreach (var source in sources)
            {
                summaries.Add(await runner.RunAsync(source, CrawlTrigger.Manual, progress, ct: token));
            }

            await output.Out.WriteLineAsync($"{"source",-28} {"result",-8} {"fetched",7} {"new",5} {"updated",7} {"same",5} {"merged",6} {"closed",6}");
            foreach (var s in summaries)
            {
                var c = s.Counts;
                await output.Out.WriteLineAsync($"{s.SourceId,-28} {(s.Succeeded ? "ok" : "failed"),-8} {s.Fetched,7} {c.New,5} {c.Updated,7} {c.Unchanged,5} {c.Merged,6} {s.Closed,6}");
            }

            var failed = summaries.Where(s => !s.Succeeded).ToList();
            if (failed.Count > 0)
            {
                throw new CliException($"{failed.Count} of {summaries.Count} source(s) failed; first: {failed[0].SourceId}: {failed[0].Error}");
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
