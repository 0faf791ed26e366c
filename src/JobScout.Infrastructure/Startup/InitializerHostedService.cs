using Microsoft.Extensions.Hosting;

namespace JobScout.Infrastructure.Startup;

/// <summary>Runs the initializer before the scheduler and the web server start (hosted services start in order).</summary>
public sealed class InitializerHostedService(JobScoutInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(seedExamples: true, catchUpIndex: true, ownsCrawls: true, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
