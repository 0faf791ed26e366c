using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Storage;

namespace JobScout.Web.ViewModels;

public sealed record SourceStatusViewModel(
    string Id,
    string Kind,
    string Target,
    bool Enabled,
    string Schedule,
    CrawlRun? LastRun,
    int ConsecutiveFailures,
    bool Paused,
    DateTimeOffset? NextRun,
    CrawlProgressSnapshot? Progress,
    string? Terms)
{
    public string Health => (Progress, LastRun?.Status) switch
    {
        ({ }, _) => "Running",
        (_, null) => "Not run yet",
        _ when Paused => "Paused",
        (_, CrawlRunStatus.Succeeded) => "Healthy",
        (_, CrawlRunStatus.Running) => "Running",
        _ => "Failing",
    };

    public string HealthBadge => Health switch
    {
        "Healthy" => "text-bg-success",
        "Failing" or "Paused" => "text-bg-danger",
        "Running" => "text-bg-info",
        _ => "text-bg-secondary",
    };
}

public sealed record AdminSourcesViewModel(IReadOnlyList<SourceStatusViewModel> Sources, string? Message)
{
    public bool AnyRunning => Sources.Any(s => s.Progress is not null);
}
