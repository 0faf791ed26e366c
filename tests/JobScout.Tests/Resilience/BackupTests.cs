using Dapper;
using JobScout.Cli;
using JobScout.Core.Listings;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Resilience;

/// <summary><c>jobscout backup</c> while listings are being written, and <c>jobscout restore</c> into a fresh data directory.</summary>
[Trait("Provider", "Sqlite")]
public sealed class BackupTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task A_backup_taken_during_writes_is_one_consistent_snapshot_and_restores_with_a_matching_index()
    {
        var live = Path.Combine(_dir.Path, "live");
        var file = Path.Combine(_dir.Path, "backups", "jobscout-backup.db");
        await using (var services = await TestServices.CreateInitializedAsync(live))
        {
            var store = services.GetRequiredService<ListingStore>();
            await store.UpsertAsync(Batch(0, 200), isExample: false);
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                for (var batch = 1; !stop.IsCancellationRequested; batch++)
                {
                    await store.UpsertAsync(Batch(batch * 200, 200), isExample: false);
                }
            });

            await Task.Delay(200);
            var (code, stdout, stderr) = await CliRunner.RunAsync("--data-dir", live, "backup", file);
            await stop.CancelAsync();
            await writer;

            Assert.True(code == ExitCodes.Success, stderr);
            Assert.Contains("integrity checked", stdout, StringComparison.Ordinal);
            var total = (await store.StatsAsync()).AllListings;
            await using var copy = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            await copy.OpenAsync();
            var copied = await copy.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM listings");
            Assert.InRange(copied, 200, total);
            Assert.Equal(0, copied % 200); // whole batches only: each upsert is one transaction
            Assert.Equal(await copy.ExecuteScalarAsync<long>("SELECT value FROM change_sequence"), await copy.ExecuteScalarAsync<long>("SELECT MAX(change_seq) FROM listings"));
        }

        var restored = Path.Combine(_dir.Path, "restored");
        var restore = await CliRunner.RunAsync("--data-dir", restored, "restore", file);
        Assert.True(restore.Code == ExitCodes.Success, restore.Stderr);

        await using var again = await TestServices.CreateInitializedAsync(restored);
        var ids = await again.GetRequiredService<ListingStore>().SearchableIdsAsync();
        Assert.True(ids.Count >= 200);
        Assert.Equal(ids, again.GetRequiredService<ListingIndex>().AllIds().Order());
    }

    [Fact]
    public async Task Backup_and_restore_refuse_what_would_lose_data_and_say_why()
    {
        var live = Path.Combine(_dir.Path, "live");
        var existing = Path.Combine(_dir.Path, "taken.db");
        await File.WriteAllTextAsync(existing, "keep me");
        var notADatabase = Path.Combine(_dir.Path, "notes.txt");
        await File.WriteAllTextAsync(notADatabase, "these are not the rows you are looking for");

        var overwrite = await CliRunner.RunAsync("--data-dir", live, "backup", existing);
        var garbage = await CliRunner.RunAsync("--data-dir", live, "restore", notADatabase);

        Assert.Equal(ExitCodes.HandledError, overwrite.Code);
        Assert.Contains("already exists", overwrite.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));
        Assert.Equal(ExitCodes.HandledError, garbage.Code);
        Assert.Contains("notes.txt", garbage.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_under_a_running_site_is_refused()
    {
        var live = Path.Combine(_dir.Path, "live");
        var file = Path.Combine(_dir.Path, "b.db");
        using var factory = new JobScoutWebFactory(live, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false" });
        using var client = factory.CreateClient();
        await client.GetStringAsync(new Uri("/search?q=rater", UriKind.Relative)); // the site is up and holds its index
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("--data-dir", live, "backup", file)).Code);

        var restore = await CliRunner.RunAsync("--data-dir", live, "restore", file);

        Assert.Equal(ExitCodes.HandledError, restore.Code);
        Assert.Contains("stop it before restoring", restore.Stderr, StringComparison.Ordinal);
    }

    private static List<NormalizedListing> Batch(int start, int count) =>
        Enumerable.Range(start, count).Select(i => Listings.Make($"b{i}", $"AI Rater {i}")).ToList();

    public void Dispose() => _dir.Dispose();
}
