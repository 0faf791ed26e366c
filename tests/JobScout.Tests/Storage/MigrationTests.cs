using Dapper;
using JobScout.Infrastructure.Storage;
using JobScout.Infrastructure.Storage.Dialects;
using JobScout.Infrastructure.Storage.Migrations;
using JobScout.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Storage;

public sealed class MigrationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task An_empty_database_gets_every_migration_in_order()
    {
        await using var services = TestServices.Create(_dir.Path);
        var migrator = services.GetRequiredService<Migrator>();

        var version = await migrator.MigrateAsync(SchemaMigrations.All);

        Assert.Equal(SchemaMigrations.All.Max(m => m.Version), version);
        var connections = services.GetRequiredService<DbConnectionFactory>();
        await using var connection = await connections.OpenAsync();
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version")).ToList();
        Assert.Equal(SchemaMigrations.All.Select(m => (long)m.Version), applied);
        var tables = (await connection.QueryAsync<string>(connections.Dialect.TableNamesSql)).ToList();
        Assert.Contains("listings", tables);
        Assert.Contains("crawl_runs", tables);
        if (connections.Dialect is SqliteDialect)
        {
            Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        }
    }

    [Fact]
    public async Task An_existing_database_keeps_its_rows_and_gets_only_the_new_steps()
    {
        await using var services = TestServices.Create(_dir.Path);
        var migrator = services.GetRequiredService<Migrator>();
        await migrator.MigrateAsync(SchemaMigrations.All.Take(1).ToList());
        await using (var connection = await services.GetRequiredService<DbConnectionFactory>().OpenAsync())
        {
            // A row as version 1 wrote it.
            await connection.ExecuteAsync("""
                UPDATE change_sequence SET value = 1;
                INSERT INTO listings (source, source_id, title, company, listing_json, content_hash, first_seen_at, last_seen_at, change_seq)
                VALUES ('jsonl:test', 'a1', 'AI Rater', 'Quillstone AI', @json, 'x', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', 1);
                """, new { json = Core.Listings.ListingJson.Serialize(Listings.Make("a1", "AI Rater")) });
        }

        await migrator.MigrateAsync(SchemaMigrations.All);
        await migrator.MigrateAsync(SchemaMigrations.All); // a second start changes nothing

        Assert.Equal(SchemaMigrations.All.Max(m => m.Version), await migrator.CurrentVersionAsync());
        var stats = await services.GetRequiredService<ListingStore>().StatsAsync();
        Assert.Equal(1, stats.AllListings);
        Assert.Equal(1, stats.ChangeSequence);
        var stored = await services.GetRequiredService<ListingStore>().GetAsync(1);
        Assert.Equal("AI Rater", stored?.Listing.Title);
        Assert.Null(stored?.DuplicateOf);
    }

    [Fact]
    public async Task A_database_at_the_previous_version_keeps_its_crawl_runs_and_gains_the_new_columns()
    {
        await using var services = TestServices.Create(_dir.Path);
        var migrator = services.GetRequiredService<Migrator>();
        var previous = SchemaMigrations.All.Take(SchemaMigrations.All.Count - 1).ToList();
        await migrator.MigrateAsync(previous);
        var connections = services.GetRequiredService<DbConnectionFactory>();
        await using (var connection = await connections.OpenAsync())
        {
            await connection.ExecuteAsync("INSERT INTO crawl_runs (source_id, started_at, status) VALUES ('greenhouse-x', '2026-11-01T00:00:00Z', 'succeeded')");
        }

        await migrator.MigrateAsync(SchemaMigrations.All);

        Assert.Equal(SchemaMigrations.All.Max(m => m.Version), await migrator.CurrentVersionAsync());
        var run = Assert.Single((await services.GetRequiredService<CrawlRunStore>().LatestBySourceAsync()).Values);
        Assert.Equal("greenhouse-x", run.SourceId);
        await using var after = await connections.OpenAsync();
        Assert.Null(await after.ExecuteScalarAsync<string?>("SELECT node FROM crawl_runs"));
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_database_as_it_was()
    {
        await using var services = TestServices.Create(_dir.Path);
        var migrator = services.GetRequiredService<Migrator>();
        await migrator.MigrateAsync(SchemaMigrations.All.Take(1).ToList());
        var broken = SchemaMigrations.All.Append(new Migration(99, "broken", "CREATE TABLE half_done (x INTEGER); THIS IS NOT SQL;")).ToList();

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => migrator.MigrateAsync(broken));

        Assert.Equal(1, await migrator.CurrentVersionAsync());
        var connections = services.GetRequiredService<DbConnectionFactory>();
        await using var connection = await connections.OpenAsync();
        var tables = (await connection.QueryAsync<string>(connections.Dialect.TableNamesSql)).ToList();
        Assert.DoesNotContain("half_done", tables);
        Assert.DoesNotContain("crawl_runs", tables);
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_with_a_clear_message()
    {
        await using var services = TestServices.Create(_dir.Path);
        var migrator = services.GetRequiredService<Migrator>();
        await migrator.MigrateAsync([.. SchemaMigrations.All, new Migration(500, "future", "SELECT 1;")]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync(SchemaMigrations.All));

        Assert.Contains("newer than this JobScout", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
