using System.CommandLine;
using JobScout.Core.Sources;
using JobScout.Infrastructure;
using JobScout.Infrastructure.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobScout.Cli;

/// <summary>Builds the same services the site uses, runs one command against them, and maps failures to exit codes.</summary>
internal static class CliHost
{
    public static async Task<int> RunAsync(ParseResult parseResult, CliOutput output, Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken ct)
    {
        try
        {
            using var host = Build(parseResult.GetValue(JobScoutCommand.DataDirectory));
            await host.Services.GetRequiredService<JobScoutInitializer>().InitializeAsync(seedExamples: false, catchUpIndex: false, ct: ct);
            return await action(host.Services, ct);
        }
        catch (Exception ex) when (ex is CliException or SourceFormatException or IOException or InvalidOperationException
                                       or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException)
        {
            await output.Error.WriteLineAsync($"jobscout: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.HandledError;
        }
    }

    /// <summary>Runs a command that needs no database, with the same error handling.</summary>
    public static async Task<int> RunWithoutStoreAsync(CliOutput output, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is CliException or SourceFormatException or IOException or UnauthorizedAccessException)
        {
            await output.Error.WriteLineAsync($"jobscout: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.HandledError;
        }
    }

    private static IHost Build(string? dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        if (!string.IsNullOrWhiteSpace(dataDirectory))
        {
            builder.Configuration.AddInMemoryCollection([new("JobScout:DataDirectory", dataDirectory)]);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.None);
        builder.Services.AddJobScout(builder.Configuration);
        return builder.Build();
    }
}
