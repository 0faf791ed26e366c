namespace JobScout.Infrastructure.Configuration;

/// <summary>The <c>JobScout</c> configuration section; every key is documented in appsettings.example.json.</summary>
public sealed class JobScoutOptions
{
    public const string Section = "JobScout";

    /// <summary>Runtime state (database, index). Empty: <c>.jobscout/</c> beside JobScout.sln, else in the working directory.</summary>
    public string? DataDirectory { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    public CrawlerOptions Crawler { get; set; } = new();

    public IndexOptions Index { get; set; } = new();

    /// <summary>Crawl sources; when none are configured the shipped data/sources.json is used.</summary>
    public List<SourceOptions> Sources { get; set; } = [];

    /// <summary>Import data/examples/listings.jsonl into an empty database on first start.</summary>
    public bool SeedExamples { get; set; } = true;

    /// <summary>The site's address as users reach it: links in e-mails and feeds written outside a request.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5137";

    public AccountOptions Accounts { get; set; } = new();

    public SmtpOptions Smtp { get; set; } = new();

    public AlertOptions Alerts { get; set; } = new();

    public ClusterOptions Cluster { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();
}

public sealed class AccountOptions
{
    public bool AllowRegistration { get; set; } = true;

    public int MinPasswordLength { get; set; } = 10;

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public int LockoutThreshold { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    public int ResetTokenMinutes { get; set; } = 60;

    public int InviteDays { get; set; } = 14;
}

/// <summary>Outgoing mail. Empty host: mail is written as .eml files to the data directory's outbox instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>auto</c>, <c>none</c>, <c>starttls</c> or <c>ssl</c>.</summary>
    public string Security { get; set; } = "auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "JobScout <alerts@jobscout.localhost>";

    public int TimeoutSeconds { get; set; } = 30;
}

public sealed class AlertOptions
{
    /// <summary>Quartz cron of the alert check; "after each crawl" searches are also checked when a crawl ends.</summary>
    public string Schedule { get; set; } = "0 15 * * * ?";

    /// <summary>Listings first seen this long before the last check are looked at again, so none slips between a crawl and its indexing.</summary>
    public int OverlapMinutes { get; set; } = 60;

    /// <summary>New listings one alert e-mail lists at most.</summary>
    public int MaxPerEmail { get; set; } = 20;
}

public sealed class DatabaseOptions
{
    public string Provider { get; set; } = "sqlite";

    /// <summary>Empty: <c>jobscout.db</c> in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite: how long a statement waits for another process's write lock before it fails.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;
}

public sealed class CrawlerOptions
{
    public bool Enabled { get; set; } = true;

    public string UserAgent { get; set; } = "JobScout/0.1 (job-listing aggregator for remote AI-training work)";

    /// <summary>Run each source once shortly after start when it has never run.</summary>
    public bool RunOnStart { get; set; } = true;

    public int StartDelaySeconds { get; set; } = 20;

    public string DefaultSchedule { get; set; } = "0 0 */6 * * ?";

    public int TimeoutSeconds { get; set; } = 30;

    public int RetryAttempts { get; set; } = 3;

    public long MaxResponseBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The name robots.txt groups are matched against.</summary>
    public string ProductToken { get; set; } = "JobScout";

    /// <summary>Pause between two requests to the same host (robots.txt Crawl-delay may ask for more, up to 30 s).</summary>
    public int PerHostDelayMilliseconds { get; set; } = 1000;

    public double RobotsCacheHours { get; set; } = 24;

    /// <summary>Let sources reach private, loopback and link-local addresses (internal mirrors, tests). Off: refused.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Pages a paged source may fetch in one run.</summary>
    public int MaxPagesPerRun { get; set; } = 20;

    /// <summary>A listing missing from its whole-board source this many runs in a row is closed.</summary>
    public int CloseAfterMissedRuns { get; set; } = 3;

    /// <summary>A source failing this many runs in a row is paused (scheduled runs skipped) until PauseHours pass or an operator crawls it.</summary>
    public int PauseAfterFailures { get; set; } = 5;

    public double PauseHours { get; set; } = 24;
}

public sealed class IndexOptions
{
    /// <summary>How often the site checks the database for changes written by other processes.</summary>
    public int FollowIntervalSeconds { get; set; } = 5;

    /// <summary>A catch-up that applies at least this many changes (a rebuild, a new node) merges the index into one segment.</summary>
    public int CompactAfterChanges { get; set; } = 10_000;
}

public sealed class SourceOptions
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "greenhouse";

    /// <summary>The board token, site name or query the source reads.</summary>
    public string? Board { get; set; }

    public string? BaseUrl { get; set; }

    /// <summary>Quartz cron; empty: the crawler's default schedule.</summary>
    public string? Schedule { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>The source's terms of use, shown to operators.</summary>
    public string? Terms { get; set; }

    /// <summary>Keep only AI-training listings; whole company boards also carry sales and engineering jobs.</summary>
    public bool OnlyRelevant { get; set; } = true;

    /// <summary>For sources that take a query: searches a day (Remotive asks for at most 4 calls a day). Empty: the kind's default.</summary>
    public int? DailyQueryBudget { get; set; }

    /// <summary>Searches one run may spend, so the daily budget spreads over the day's runs. Empty: all that is left.</summary>
    public int? QueriesPerRun { get; set; }
}
