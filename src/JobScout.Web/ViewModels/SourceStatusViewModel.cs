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
    /// <summary>Set when the source's crawl runs in another process, which saves its progress on the run.</summary>
    public RunningCrawl? Elsewhere { get; init; }

    /// <summary>What the running crawl has done so far, wherever it runs.</summary>
    public CrawlProgressSnapshot? Live => Progress ?? Elsewhere?.Progress;

    public string Health => (Live, LastRun?.Status) switch
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

/// <summary>A crawl another process is running: the node and its last saved progress.</summary>
public sealed record RunningCrawl(string Node, CrawlProgressSnapshot Progress);

public sealed record AdminSourcesViewModel(IReadOnlyList<SourceStatusViewModel> Sources, string? Message)
{
    public bool AnyRunning => Sources.Any(s => s.Live is not null);
}
