using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace JobScout.Infrastructure.Storage.Dialects;

/// <summary>SQLite, the embedded default: one file, one machine.</summary>
public sealed class SqliteDialect : SqlDialect
{
    public override string Name => Sqlite;

    public override bool SupportsCluster => false;

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    // WAL lets the site read while a crawl writes; it is a property of the file, so it is set once per database a
    // process opens. Waiting out another process's write lock (busy) is the connection's command timeout
    // (JobScout:Database:BusyTimeoutSeconds).
    public override Task PrepareAsync(DbConnection connection, CancellationToken ct)
    {
        var wal = WalSet.TryAdd(connection.ConnectionString, true) ? "PRAGMA journal_mode = WAL; " : "";
        return connection.ExecuteAsync($"{wal}PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> WalSet = new(StringComparer.Ordinal);

    // IMMEDIATE takes the write lock at BEGIN rather than at the first write.
    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) => Task.CompletedTask;

    public override string Translate(string ddl) => ddl;

    public override string InList(string column, string parameter) => $"{column} IN @{parameter}";

    public override string TableExistsSql => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name";

    public override string TableNamesSql => "SELECT name FROM sqlite_master WHERE type = 'table'";
}
