using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace JobScout.Tests.Cluster;

/// <summary>
/// Two site processes on two loopback ports sharing one PostgreSQL database, with Quartz clustered on it.
/// test.sh starts PostgreSQL for these; they never skip.
/// </summary>
[Trait("Category", "Cluster")]
[Collection("Cluster")]
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const string EverySecond = "* * * * * ?";
    private const string Never = "0 0 0 1 1 ? 2099";

    [Fact]
    public async Task Each_crawl_trigger_firing_runs_on_exactly_one_node()
    {
        await using var cluster = new ClusterHarness();
        var nodes = new[] { await cluster.StartNodeAsync("node-a", EverySecond), await cluster.StartNodeAsync("node-b", EverySecond) };
        foreach (var node in nodes)
        {
            await cluster.WaitUntilAsync(() => SchedulerRunsClusteredAsync(node), TimeSpan.FromSeconds(30), $"{node.Name}'s scheduler running clustered");
        }

        await cluster.WaitUntilAsync(async () => Firings(await cluster.RunsAsync()).Count >= 22, TimeSpan.FromSeconds(90), "22 firings");

        // The first 20 firings after both nodes were up, each whole.
        var runs = await cluster.RunsAsync();
        var firings = Firings(runs).Take(20).ToList();
        var perFiring = firings.Select(f => runs.Count(r => r.ScheduledFor == f)).ToList();
        var byNode = runs.Where(r => firings.Contains(r.ScheduledFor!)).GroupBy(r => r.Node).Select(g => $"{g.Key} {g.Count()}");
        Report($"cluster: {firings.Count} firings, {perFiring.Sum()} crawl runs, runs per firing min {perFiring.Min()} max {perFiring.Max()}; by node: {string.Join(", ", byNode)}");
        Assert.All(perFiring, count => Assert.Equal(1, count));
        Assert.Equal(10, await cluster.ScalarAsync<long>("SELECT COUNT(*) FROM listings"));
    }

    [Fact]
    public async Task A_listing_crawled_on_one_node_is_searchable_on_the_other()
    {
        await using var cluster = new ClusterHarness();
        var a = await cluster.StartNodeAsync("node-a", EverySecond);
        var b = await cluster.StartNodeAsync("node-b", EverySecond);
        await cluster.WaitUntilAsync(async () => (await cluster.RunsAsync()).Any(r => r.Status == "succeeded"), TimeSpan.FromSeconds(30), "a first crawl");

        var before = (await cluster.RunsAsync()).Max(r => r.Id);
        cluster.ServeBoard(10, extraTitle: "Tax Law Evaluator Nightingale");
        await cluster.WaitUntilAsync(async () => (await cluster.RunsAsync()).Any(r => r.Id > before && r.NewCount > 0 && r.Status == "succeeded"), TimeSpan.FromSeconds(30), "the crawl that finds the new listing");
        var run = (await cluster.RunsAsync()).Single(r => r.Id > before && r.NewCount > 0 && r.Status == "succeeded");
        var crawled = DateTimeOffset.Parse(run.FinishedAt!, CultureInfo.InvariantCulture);
        var other = run.Node == a.Name ? b : a;
        await cluster.WaitUntilAsync(() => FindsAsync(other, "Nightingale"), TimeSpan.FromSeconds(30), $"{other.Name} serving the listing");
        var lag = DateTimeOffset.UtcNow - crawled;

        Report($"cluster: crawled on {run.Node}, served by {other.Name} {lag.TotalSeconds:0.00} s after the crawl finished");
        Assert.True(await FindsAsync(run.Node == a.Name ? a : b, "Nightingale"));
    }

    [Fact]
    public async Task A_node_killed_mid_crawl_has_its_crawl_finished_by_the_other_with_nothing_lost_or_doubled()
    {
        await using var cluster = new ClusterHarness();
        cluster.ServeBoard(30, delay: TimeSpan.FromSeconds(4));
        var a = await cluster.StartNodeAsync("node-a", Never, runOnStart: true);
        var b = await cluster.StartNodeAsync("node-b", Never);
        await cluster.WaitUntilAsync(async () => (await cluster.RunsAsync()).Any(r => r.Status == "running"), TimeSpan.FromSeconds(30), "the crawl starting");
        var running = (await cluster.RunsAsync()).Single(r => r.Status == "running");
        var (victim, survivor) = running.Node == a.Name ? (a, b) : (b, a);

        await Task.Delay(1000);
        victim.Kill();
        var killedAt = DateTimeOffset.UtcNow;
        await cluster.WaitUntilAsync(async () => (await cluster.RunsAsync()).Any(r => r.Status == "succeeded"), TimeSpan.FromSeconds(60), "the survivor finishing the crawl");

        var runs = await cluster.RunsAsync();
        var finished = runs.Single(r => r.Status == "succeeded");
        var taken = DateTimeOffset.Parse(finished.FinishedAt!, CultureInfo.InvariantCulture) - killedAt;
        Assert.Equal(survivor.Name, finished.Node);
        Assert.Contains("stopped before the run finished", runs.Single(r => r.Id == running.Id).Error, StringComparison.Ordinal);
        Assert.Equal(30, await cluster.ScalarAsync<long>("SELECT COUNT(*) FROM listings"));
        Assert.Equal(30, await cluster.ScalarAsync<long>("SELECT COUNT(DISTINCT source_id) FROM listings"));
        Assert.Equal(30, await cluster.ScalarAsync<long>("SELECT COUNT(DISTINCT change_seq) FROM listings"));
        await cluster.WaitUntilAsync(async () => await TotalAsync(survivor, "rater") == 30, TimeSpan.FromSeconds(20), "the survivor's index holding all 30");
        Report($"cluster: killed {victim.Name} (kill -9) mid-crawl; {survivor.Name} finished the crawl {taken.TotalSeconds:0.0} s later: 30 listings stored, 30 distinct, 30 in its index; the dead run marked failed");
    }

    [Fact]
    public async Task A_visitor_signed_in_on_one_node_stays_signed_in_on_the_other()
    {
        await using var cluster = new ClusterHarness();
        var a = await cluster.StartNodeAsync("node-a", Never);
        var b = await cluster.StartNodeAsync("node-b", Never);
        using var handler = new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);

        var form = await browser.GetStringAsync(new Uri(a.Url, "/account/register"));
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        using var registered = await browser.PostAsync(new Uri(a.Url, "/account/register"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "noor@example.com",
            ["displayName"] = "Noor",
            ["password"] = "a long cluster password",
            ["confirm"] = "a long cluster password",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, registered.StatusCode);

        // The cookie node A issued opens the account page on node B: the keys are shared through the database.
        using var onB = await browser.GetAsync(new Uri(b.Url, "/account"));
        Assert.Equal(System.Net.HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("noor@example.com", await onB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<string> Firings(IReadOnlyList<RunRow> runs) =>
        runs.Where(r => r.ScheduledFor is not null && r.Status != "running").Select(r => r.ScheduledFor!).Distinct().Order(StringComparer.Ordinal).ToList();

    private static async Task<bool> SchedulerRunsClusteredAsync(ClusterNode node)
    {
        using var health = JsonDocument.Parse(await node.Client.GetStringAsync(new Uri("/health", UriKind.Relative)));
        var scheduler = health.RootElement.GetProperty("checks").GetProperty("scheduler");
        return scheduler.GetProperty("status").GetString() == "Healthy"
               && scheduler.GetProperty("data").GetProperty("clustered").GetBoolean()
               && scheduler.GetProperty("data").GetProperty("node").GetString() == node.Name;
    }

    private static async Task<bool> FindsAsync(ClusterNode node, string word) => await TotalAsync(node, word) > 0;

    private static async Task<int> TotalAsync(ClusterNode node, string word)
    {
        using var json = JsonDocument.Parse(await node.Client.GetStringAsync(new Uri($"/api/search?q={word}", UriKind.Relative)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "cluster-figures.txt"), $"{DateTimeOffset.UtcNow:O} {line}\n");
    }
}
