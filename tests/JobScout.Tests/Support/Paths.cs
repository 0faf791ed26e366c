namespace JobScout.Tests.Support;

/// <summary>Where the repository, its shipped data and the shared real-world payloads are.</summary>
public static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>Real payloads live outside the project, beside the clone, and are never copied into it.</summary>
    public static string RealWorld(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "realworld", relative));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Real-world payload missing: {path}. It sits in ../shared/realworld beside the clone.");
        }

        return path;
    }

    /// <summary>A project's built assembly in the same configuration (Debug or Release) as the tests, for running it as a process.</summary>
    public static string Built(string project, string assembly)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(RepositoryRoot, "src", project, "bin", configuration, "net10.0", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution first: {assembly} is missing.", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobScout.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("JobScout.sln not found above " + AppContext.BaseDirectory);
    }
}
