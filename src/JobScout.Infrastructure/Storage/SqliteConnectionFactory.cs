using Dapper;
using JobScout.Infrastructure.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Storage;

/// <summary>Opens SQLite connections with the settings every JobScout connection needs.</summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;

    public SqliteConnectionFactory(DataPaths paths, IOptions<JobScoutOptions> options)
    {
        var configured = options.Value.Database.ConnectionString;
        _connectionString = string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = paths.DatabaseFile, Pooling = true }.ToString()
            : configured;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        // WAL lets the site read while a crawl writes; busy_timeout rides out the CLI writing at the same time.
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
        return connection;
    }
}
