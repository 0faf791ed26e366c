using System.Data.Common;

namespace JobScout.Infrastructure.Storage.Dialects;

/// <summary>
/// Everything that differs between the database engines JobScout runs on. Stores write one SQL that both engines
/// accept; what cannot be written once (connection set-up, write transactions, schema types, catalog queries) lives here.
/// </summary>
public abstract class SqlDialect
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>The provider name as configured (<c>JobScout:Database:Provider</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Whether several processes on several machines can share the database (and so run Quartz clustered).</summary>
    public abstract bool SupportsCluster { get; }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Per-connection settings applied right after opening.</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A transaction that takes the write lock it needs up front, so two writers cannot both read then both write.</summary>
    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Serializes migrations across processes, inside the migration transaction.</summary>
    public abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct);

    /// <summary>A migration's DDL as this engine spells it; migrations are written once, in SQLite's spelling.</summary>
    public abstract string Translate(string ddl);

    /// <summary>"column is one of the list parameter's values" (Dapper expands lists for SQLite; PostgreSQL takes an array).</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>Set-up the schema needs before any migration (idempotent), or null.</summary>
    public virtual string? PreambleSql => null;

    /// <summary>SQL answering 1 when the named table exists (parameter <c>@name</c>), else 0.</summary>
    public abstract string TableExistsSql { get; }

    /// <summary>The names of the tables the schema holds.</summary>
    public abstract string TableNamesSql { get; }

    public static SqlDialect For(string? provider) => provider?.Trim().ToLowerInvariant() switch
    {
        null or "" or Sqlite => new SqliteDialect(),
        Postgres or "postgresql" or "npgsql" => new PostgresDialect(),
        _ => throw new InvalidOperationException($"JobScout:Database:Provider is \"{provider}\"; it must be \"sqlite\" or \"postgres\"."),
    };
}
