using Dapper;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Storage;
using JobScout.Infrastructure.Storage.Dialects;
using Microsoft.Data.Sqlite;

namespace JobScout.Infrastructure.Backup;

/// <summary>What a backup or restore holds: its listings, accounts and schema version, and where it went.</summary>
public sealed record BackupSummary(string File, long Listings, long Users, long SchemaVersion, long Bytes);

/// <summary>
/// A consistent copy of the SQLite database while the site runs (SQLite's online backup: one snapshot, writers keep
/// going under WAL), and its restore. The index is derived, so a restore rebuilds it rather than trusting an old one.
/// </summary>
public sealed class DatabaseBackup(DbConnectionFactory connections, DataPaths paths)
{
    public async Task<BackupSummary> BackupAsync(string file, CancellationToken ct = default)
    {
        RequireSqlite();
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists; choose a new file name (a backup never overwrites one).");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        await using (var source = (SqliteConnection)await connections.OpenAsync(ct))
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await destination.OpenAsync(ct);
            source.BackupDatabase(destination);
            // One file that opens anywhere: no WAL beside it.
            await destination.ExecuteAsync("PRAGMA journal_mode = DELETE");
        }

        var summary = await VerifyAsync(partial, ct);
        File.Move(partial, target);
        return summary with { File = target };
    }

    /// <summary>
    /// Puts a backup in place of the current database (kept beside it as jobscout.db.before-restore-…) and removes the
    /// index, which the next start — or <c>jobscout reindex</c> — rebuilds from the restored rows. The site must be stopped.
    /// </summary>
    public async Task<BackupSummary> RestoreAsync(string file, CancellationToken ct = default)
    {
        RequireSqlite();
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"{source} does not exist.", source);
        }

        var summary = await VerifyAsync(source, ct);
        EnsureSiteStopped();
        SqliteConnection.ClearAllPools();
        var database = paths.DatabaseFile;
        if (File.Exists(database))
        {
            File.Move(database, $"{database}.before-restore-{DateTime.UtcNow:yyyyMMddHHmmss}");
        }

        File.Delete(database + "-wal");
        File.Delete(database + "-shm");
        File.Copy(source, database);
        if (Directory.Exists(paths.IndexDirectory))
        {
            Directory.Delete(paths.IndexDirectory, recursive: true);
        }

        return summary with { File = database };
    }

    /// <summary>The site holds the index's write lock while it runs; restoring under it would pull the database from beneath it.</summary>
    private void EnsureSiteStopped()
    {
        if (!Directory.Exists(paths.IndexDirectory))
        {
            return;
        }

        using var directory = Lucene.Net.Store.FSDirectory.Open(paths.IndexDirectory);
        using var writeLock = directory.MakeLock(Lucene.Net.Index.IndexWriter.WRITE_LOCK_NAME);
        if (!writeLock.Obtain())
        {
            throw new IOException("A running JobScout site is using this data directory; stop it before restoring.");
        }
    }

    /// <summary>Opens a copy read-only, checks its integrity and says what it holds.</summary>
    private static async Task<BackupSummary> VerifyAsync(string file, CancellationToken ct)
    {
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(ct);
            var integrity = await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check");
            if (integrity != "ok")
            {
                throw new InvalidOperationException($"{file} is damaged: {integrity}");
            }

            var listings = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM listings");
            var users = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users");
            var version = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version");
            return new BackupSummary(file, listings, users, version, new FileInfo(file).Length);
        }
        catch (SqliteException ex)
        {
            throw new InvalidOperationException($"{file} is not a JobScout database: {ex.Message}", ex);
        }
    }

    private void RequireSqlite()
    {
        if (connections.Dialect is not SqliteDialect)
        {
            throw new InvalidOperationException("On PostgreSQL, back up with pg_dump --format=custom and restore with pg_restore (see the README).");
        }
    }
}
