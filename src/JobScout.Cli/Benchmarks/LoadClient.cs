using System.Diagnostics;
using System.Net;

namespace JobScout.Cli.Benchmarks;

/// <summary>One kind of request a load run repeats: a name and how to pick the next path.</summary>
public sealed record LoadTarget(string Name, Func<Random, string> NextPath);

/// <summary>What one target did under load: throughput, latency percentiles and failures.</summary>
public sealed record LoadResult(string Name, long Requests, long Errors, double RequestsPerSecond, double P50Ms, double P99Ms, string? FirstError);

/// <summary>
/// A closed-loop HTTP load generator: N connections, each sending its next request as soon as the last answer is read
/// in full, for a fixed time after a short warm-up. Any status of 400 or more, or a failed request, is an error.
/// </summary>
public static class LoadClient
{
    public static async Task<LoadResult> RunAsync(Uri baseUri, LoadTarget target, int connections, TimeSpan duration, CancellationToken ct = default)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
        };
        using var client = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        var warmUp = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(3).Ticks, duration.Ticks / 5));
        await RunWorkersAsync(client, target, connections, warmUp, ct);
        var workers = await RunWorkersAsync(client, target, connections, duration, ct);

        var latencies = workers.SelectMany(w => w.Latencies).Order().ToArray();
        var errors = workers.Sum(w => w.Errors);
        var requests = latencies.Length + errors;
        return new LoadResult(target.Name, requests, errors, requests / duration.TotalSeconds,
            Percentile(latencies, 50), Percentile(latencies, 99), workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null));
    }

    private static async Task<Worker[]> RunWorkersAsync(HttpClient client, LoadTarget target, int connections, TimeSpan duration, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(i => new Worker(new Random(i * 7919 + 1))).ToArray();
        await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(client, target, deadline, ct), ct)));
        return workers;
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed class Worker(Random random)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];

        public List<double> Latencies { get; } = new(100_000);

        public long Errors { get; private set; }

        public string? FirstError { get; private set; }

        public async Task RunAsync(HttpClient client, LoadTarget target, long deadline, CancellationToken ct)
        {
            while (Stopwatch.GetTimestamp() < deadline && !ct.IsCancellationRequested)
            {
                var path = target.NextPath(random);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, ct);
                    await using var body = await response.Content.ReadAsStreamAsync(ct);
                    while (await body.ReadAsync(_buffer, ct) > 0)
                    {
                        // read the whole answer, as a browser would
                    }

                    if ((int)response.StatusCode >= 400)
                    {
                        Fail($"{path} answered {(int)response.StatusCode}");
                        continue;
                    }

                    Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    Fail($"{path}: {ex.Message}");
                }
            }
        }

        private void Fail(string error)
        {
            Errors++;
            FirstError ??= error;
        }
    }
}
