using JobScout.Infrastructure.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Support;

/// <summary>The real site over a temporary data directory, configured the way an operator would.</summary>
public sealed class JobScoutWebFactory(string dataDirectory, IDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("JobScout:DataDirectory", dataDirectory);
        builder.UseSetting("JobScout:Crawler:RunOnStart", "false");
        builder.UseSetting("JobScout:Crawler:RetryAttempts", "0");
        builder.UseSetting("JobScout:Crawler:AllowPrivateNetworks", "true"); // the test boards live on loopback
        builder.UseSetting("JobScout:Crawler:PerHostDelayMilliseconds", "0");
        builder.UseSetting("JobScout:Index:FollowIntervalSeconds", "1");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Waits until the source has a finished run and returns it.</summary>
    public async Task<CrawlRun> WaitForRunAsync(string sourceId, TimeSpan timeout)
    {
        var runs = Services.GetRequiredService<CrawlRunStore>();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if ((await runs.LatestBySourceAsync()).TryGetValue(sourceId, out var run) && run.Status != CrawlRunStatus.Running)
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No finished crawl run of {sourceId} within {timeout}.");
    }
}
