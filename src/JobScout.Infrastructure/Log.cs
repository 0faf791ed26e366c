using Microsoft.Extensions.Logging;

namespace JobScout.Infrastructure;

/// <summary>Every log line the infrastructure writes, compiled once.</summary>
internal static partial class Log
{
    [LoggerMessage(LogLevel.Warning, "Crawl of {Source} failed: {Reason}")]
    public static partial void CrawlFailed(this ILogger logger, string source, string reason);

    [LoggerMessage(LogLevel.Warning, "Progress of the crawl of {Source} could not be saved for other nodes: {Reason}")]
    public static partial void ProgressNotSaved(this ILogger logger, string source, string reason);

    [LoggerMessage(LogLevel.Information, "Another process (the running site) holds the index; it indexes this crawl's listings itself")]
    public static partial void IndexHeldByAnotherProcess(this ILogger logger);

    [LoggerMessage(LogLevel.Information, "Index merged after a bulk load: {Segments} segment(s)")]
    public static partial void IndexCompacted(this ILogger logger, int segments);

    [LoggerMessage(LogLevel.Warning, "Index could not be merged after a bulk load: {Reason}")]
    public static partial void IndexCompactFailed(this ILogger logger, string reason);

    [LoggerMessage(LogLevel.Information, "Index caught up: {Applied} change(s), now at sequence {Sequence}")]
    public static partial void IndexCaughtUp(this ILogger logger, int applied, long sequence);

    [LoggerMessage(LogLevel.Warning, "The index could not catch up with the database; will retry")]
    public static partial void IndexCatchUpFailed(this ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Debug, "Index committed at change sequence {Sequence}")]
    public static partial void IndexCommitted(this ILogger logger, long sequence);

    [LoggerMessage(LogLevel.Information, "First start: imported {Count} example listings")]
    public static partial void ExamplesImported(this ILogger logger, int count);

    [LoggerMessage(LogLevel.Information, "Applied migration {Version}: {Name}")]
    public static partial void MigrationApplied(this ILogger logger, int version, string name);

    [LoggerMessage(LogLevel.Warning, "Crawl source {Source} is paused after repeated failures; its scheduled run was skipped")]
    public static partial void SourcePaused(this ILogger logger, string source);

    [LoggerMessage(LogLevel.Warning, "Could not roll the index writer back after a failed write; it is reopened on next use")]
    public static partial void IndexWriterResetFailed(this ILogger logger, Exception error);

    [LoggerMessage(LogLevel.Warning, "Took over the crawl of {SourceId} from a node that stopped; its unfinished run was marked failed")]
    public static partial void CrawlRecovered(this ILogger logger, string sourceId);

    [LoggerMessage(LogLevel.Warning, "The clustered scheduler could not start (attempt {Attempt}); retrying in {DelaySeconds} s")]
    public static partial void SchedulerStartRetry(this ILogger logger, Exception error, int attempt, double delaySeconds);

    [LoggerMessage(LogLevel.Information, "Clustered scheduler started as node {Node}")]
    public static partial void SchedulerStarted(this ILogger logger, string node);

    [LoggerMessage(LogLevel.Warning, "{Count} crawl run(s) left running by a stopped process were marked failed")]
    public static partial void RunsAbandoned(this ILogger logger, int count);

    [LoggerMessage(LogLevel.Information, "No SMTP server configured: mail written to {File}")]
    public static partial void MailWrittenToOutbox(this ILogger logger, string file);

    [LoggerMessage(LogLevel.Information, "Alerts: {Searches} saved search(es) checked, {Alerts} new alert(s), {Emails} e-mail(s) sent")]
    public static partial void AlertsChecked(this ILogger logger, int searches, int alerts, int emails);

    [LoggerMessage(LogLevel.Warning, "Alert e-mail to user {UserId} failed; the alerts stay in the app and the feed")]
    public static partial void AlertEmailFailed(this ILogger logger, long userId, Exception exception);

    [LoggerMessage(LogLevel.Warning, "Saved search {SavedSearchId} could not be checked")]
    public static partial void AlertCheckFailed(this ILogger logger, long savedSearchId, Exception exception);
}
