using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace JobScout.Tests.Resilience;

/// <summary>
/// The index directory on a 256 KiB tmpfs: a crawl that cannot fit is reported, searches keep answering from the last
/// good commit, and once there is room the site catches up by itself. Mounting needs root, as test.sh runs in CI.
/// </summary>
[Trait("Provider", "Sqlite")]
public sealed class IndexDiskFullTests : IAsyncLifetime
{
    private const int Jobs = 300;
    private readonly TempDirectory _dir = new();
    private readonly WireMockServer _board = WireMockServer.Start();
    private string IndexDirectory => Path.Combine(_dir.Path, "site", "index");

    public Task InitializeAsync()
    {
        var random = new Random(3);
        var jobs = Enumerable.Range(1, Jobs).Select(i => GreenhousePayloads.Job(7_000 + i, $"AI Response Rater {i}", "<p>Rate chatbot answers. " + Words(random, 500) + "</p>"));
        _board.Given(Request.Create().WithPath("/v1/boards/big/jobs").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(GreenhousePayloads.Json(jobs)));
        Directory.CreateDirectory(IndexDirectory);
        Mount("-t", "tmpfs", "-o", "size=256k", "tmpfs", IndexDirectory);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_full_index_disk_is_reported_searches_keep_answering_and_the_index_catches_up_once_there_is_room()
    {
        using (var factory = new JobScoutWebFactory(Path.Combine(_dir.Path, "site"), new Dictionary<string, string?>
        {
            ["JobScout:SeedExamples"] = "false",
            ["JobScout:Crawler:Enabled"] = "false",
            ["JobScout:Sources:0:Id"] = "big",
            ["JobScout:Sources:0:Kind"] = "greenhouse",
            ["JobScout:Sources:0:Board"] = "big",
            ["JobScout:Sources:0:BaseUrl"] = _board.Url,
        }))
        {
            using var visitor = SiteSession.Anonymous(factory);

            var run = await factory.CrawlAsync("big", 1);

            Assert.Equal(CrawlRunStatus.Failed, run.Status);
            Assert.Contains("space", run.Error, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(Jobs, run.New); // stored in the database; only the index is behind
            using (var search = await visitor.GetAsync("/search?q=rater"))
            {
                Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            }

            Mount("-o", "remount,size=64m", IndexDirectory);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            var total = 0;
            while (total < Jobs && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
                using var json = JsonDocument.Parse(await visitor.GetStringAsync("/api/search?q=rater"));
                total = json.RootElement.GetProperty("total").GetInt32();
            }

            Assert.Equal(Jobs, total);
        }
    }

    private static string Words(Random random, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append('w').Append(random.Next(1_000_000)).Append(' ');
        }

        return text.ToString();
    }

    private static void Mount(params string[] args)
    {
        if (!string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("This test mounts a small tmpfs and needs root: run it through ./test.sh as root, as CI does.");
        }

        using var mount = Process.Start(new ProcessStartInfo("mount", args) { RedirectStandardError = true }) ?? throw new InvalidOperationException("mount did not start");
        mount.WaitForExit();
        if (mount.ExitCode != 0)
        {
            throw new InvalidOperationException($"mount {string.Join(' ', args)} failed: {mount.StandardError.ReadToEnd()}");
        }
    }

    public Task DisposeAsync()
    {
        using (var umount = Process.Start("umount", ["-l", IndexDirectory]))
        {
            umount.WaitForExit();
        }

        _board.Stop();
        _board.Dispose();
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
