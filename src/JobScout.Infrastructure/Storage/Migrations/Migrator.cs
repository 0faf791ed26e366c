using Dapper;
using Microsoft.Extensions.Logging;

namespace JobScout.Infrastructure.Storage.Migrations;

/// <summary>Applies pending migrations in one transaction and records each in <c>schema_version</c>.</summary>
public sealed class Migrator(DbConnectionFactory connections, ILogger<Migrator> logger)
{
    public async Task<int> MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken ct = default)
    {
        var dialect = connections.Dialect;
        await using var connection = await connections.OpenAsync(ct);
        // The write lock comes first, so two processes starting together cannot both migrate.
        await using var transaction = await connections.BeginWriteAsync(connection, ct);
        await dialect.LockForMigrationAsync(connection, transaction, ct);
        if (dialect.PreambleSql is { } preamble)
        {
            await connection.ExecuteAsync(preamble, transaction: transaction);
        }

        await connection.ExecuteAsync(dialect.Translate("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """), transaction: transaction);
        var current = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: transaction);
        var latest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (current > latest)
        {
            throw new InvalidOperationException($"The database is at schema version {current}, newer than this JobScout ({latest}); upgrade JobScout.");
        }

        foreach (var migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await connection.ExecuteAsync(dialect.Translate(migration.Sql), transaction: transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = DateTimeOffset.UtcNow.ToString("O") },
                transaction);
            logger.MigrationApplied(migration.Version, migration.Name);
        }

        await transaction.CommitAsync(ct);
        return latest;
    }

    public async Task<int> CurrentVersionAsync(CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var exists = await connection.ExecuteScalarAsync<long>(connections.Dialect.TableExistsSql, new { name = "schema_version" });
        return exists == 0 ? 0 : (int)await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version");
    }
}
