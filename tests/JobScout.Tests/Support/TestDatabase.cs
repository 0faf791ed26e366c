using Npgsql;

namespace JobScout.Tests.Support;

/// <summary>
/// The database tests run against: SQLite files by default; a fresh PostgreSQL database per site or service provider
/// when JOBSCOUT_TEST_PROVIDER=postgres (test.sh runs the store suites that way too), on the server JOBSCOUT_TEST_POSTGRES names.
/// </summary>
public static class TestDatabase
{
    public static string? ServerConnectionString => Environment.GetEnvironmentVariable("JOBSCOUT_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    public static bool UsePostgres => string.Equals(Environment.GetEnvironmentVariable("JOBSCOUT_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> DatabasesByDirectory = new();

    /// <summary>
    /// The database settings a test site or service provider over <paramref name="dataDirectory"/> gets, merged under its
    /// own settings. The same directory gets the same database, so a "restart" finds what the first start stored.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Settings(string dataDirectory)
    {
        if (!UsePostgres)
        {
            return new Dictionary<string, string?>();
        }

        return new Dictionary<string, string?>
        {
            ["JobScout:Database:Provider"] = "postgres",
            ["JobScout:Database:ConnectionString"] = DatabasesByDirectory.GetOrAdd(Path.GetFullPath(dataDirectory), _ => CreatePostgresDatabase()),
        };
    }

    /// <summary>Creates an empty database on the test server and returns its connection string.</summary>
    public static string CreatePostgresDatabase()
    {
        var server = ServerConnectionString
                     ?? throw new InvalidOperationException("JOBSCOUT_TEST_POSTGRES is not set: run the tests through ./test.sh, which starts PostgreSQL.");
        var name = "jobscout_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 20 }.ToString();
    }
}
