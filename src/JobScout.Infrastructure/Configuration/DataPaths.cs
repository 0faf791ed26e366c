using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Configuration;

/// <summary>Where runtime state and shipped data live on disk.</summary>
public sealed class DataPaths
{
    public DataPaths(IOptions<JobScoutOptions> options)
    {
        Root = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.DataDirectory)
            ? DefaultRoot()
            : options.Value.DataDirectory);
    }

    public string Root { get; }

    public string DatabaseFile => Path.Combine(Root, "jobscout.db");

    public string IndexDirectory => Path.Combine(Root, "index");

    /// <summary>Mail written as .eml files when no SMTP server is configured.</summary>
    public string OutboxDirectory => Path.Combine(Root, "outbox");

    /// <summary>The versioned data/ folder copied beside the binaries.</summary>
    public static string ShippedData => Path.Combine(AppContext.BaseDirectory, "data");

    public void EnsureCreated()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(IndexDirectory);
    }

    // Web and CLI started from anywhere in a checkout share one state folder.
    private static string DefaultRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobScout.sln")))
            {
                return Path.Combine(dir.FullName, ".jobscout");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), ".jobscout");
    }
}
