using System.CommandLine;
using System.Text.Json;
using JobScout.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Cli.Commands;

/// <summary><c>search QUERY [--limit N] [--json]</c>: search the index.</summary>
public static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create(CliOutput output)
    {
        var query = new Argument<string>("QUERY") { Description = "Words, \"phrases\", OR, -exclusions; empty for the newest." };
        var limit = new Option<int>("--limit") { Description = "How many results (1-100).", DefaultValueFactory = _ => 10 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > SearchRequest.MaxPageSize)
            {
                result.AddError($"--limit must be between 1 and {SearchRequest.MaxPageSize}.");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print the results as JSON." };
        var command = new Command("search", "Search the listing index.") { query, limit, json };
        command.SetAction((parseResult, ct) => CliHost.RunAsync(parseResult, output, async (services, _) =>
        {
            var results = services.GetRequiredService<ListingSearcher>()
                .Search(new SearchRequest(parseResult.GetValue(query), 1, parseResult.GetValue(limit)));
            if (results.Notice is not null)
            {
                await output.Error.WriteLineAsync($"note: {results.Notice}");
            }

            if (parseResult.GetValue(json))
            {
                await output.Out.WriteLineAsync(JsonSerializer.Serialize(new { total = results.Total, notice = results.Notice, hits = results.Hits }, Json));
                return ExitCodes.Success;
            }

            await output.Out.WriteLineAsync($"{results.Total} listing(s)");
            foreach (var hit in results.Hits)
            {
                var pay = hit.PayText is null ? "" : $" · {hit.PayText}";
                await output.Out.WriteLineAsync($"{hit.Id,6}  {hit.Title} — {hit.Company}{pay}{(hit.IsExample ? " [example]" : "")}");
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
