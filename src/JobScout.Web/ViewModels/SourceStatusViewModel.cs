using JobScout.Infrastructure.Storage;

namespace JobScout.Web.ViewModels;

public sealed record SourceStatusViewModel(string Id, string Kind, string Target, bool Enabled, string Schedule, CrawlRun? LastRun)
{
    public string Health => LastRun?.Status switch
    {
        null => "Not run yet",
        CrawlRunStatus.Succeeded => "Healthy",
        CrawlRunStatus.Running => "Running",
        _ => "Failing",
    };
}

public sealed record AdminSourcesViewModel(IReadOnlyList<SourceStatusViewModel> Sources, string? Message);
