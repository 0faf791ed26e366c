using System.Data.Common;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Storage.Dialects;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Storage;

/// <summary>Opens connections to the configured database (SQLite by default, PostgreSQL when scaled out).</summary>
public sealed class DbConnectionFactory
{
    private readonly string _connectionString;

    public DbConnectionFactory(DataPaths paths, IOptions<JobScoutOptions> options)
    {
        var database = options.Value.Database;
        Dialect = SqlDialect.For(database.Provider);
        var configured = database.ConnectionString;
        if (string.IsNullOrWhiteSpace(configured) && Dialect is not SqliteDialect)
        {
            throw new InvalidOperationException($"JobScout:Database:ConnectionString is required for the {Dialect.Name} provider.");
        }

        _connectionString = string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = paths.DatabaseFile, Pooling = true, ForeignKeys = true, DefaultTimeout = Math.Max(1, database.BusyTimeoutSeconds) }.ToString()
            : configured;
    }

    public SqlDialect Dialect { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = Dialect.CreateConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await Dialect.PrepareAsync(connection, ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct = default) => Dialect.BeginWriteAsync(connection, ct);
}
