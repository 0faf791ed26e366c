using System.Collections.Concurrent;
using JobScout.Core.Crawling;
using JobScout.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Crawling.Http;

/// <summary>robots.txt per origin, cached at most 24 hours. 4xx: allowed; 5xx or unreachable: disallowed (RFC 9309 §2.3.1).</summary>
public sealed class RobotsCache(IHttpClientFactory clients, HostGate gate, IOptions<JobScoutOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    private readonly ConcurrentDictionary<string, (RobotsRules Rules, DateTimeOffset FetchedAt)> _byOrigin = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RobotsRules> GetAsync(Uri uri, CancellationToken ct)
    {
        var origin = uri.GetLeftPart(UriPartial.Authority);
        var maxAge = TimeSpan.FromHours(Math.Clamp(options.Value.Crawler.RobotsCacheHours, 0, MaxAge.TotalHours));
        if (_byOrigin.TryGetValue(origin, out var cached) && clock.GetUtcNow() - cached.FetchedAt < maxAge)
        {
            return cached.Rules;
        }

        var rules = await FetchAsync(new Uri(origin + "/robots.txt"), ct);
        _byOrigin[origin] = (rules, clock.GetUtcNow());
        return rules;
    }

    private async Task<RobotsRules> FetchAsync(Uri robotsUri, CancellationToken ct)
    {
        var client = clients.CreateClient(PayloadDownloader.RobotsClientName);
        try
        {
            using var turn = await gate.EnterAsync(robotsUri, crawlDelay: null, ct);
            using var response = await client.GetAsync(robotsUri, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            if (status is >= 400 and < 500)
            {
                return RobotsRules.AllowAll;
            }

            if (!response.IsSuccessStatusCode)
            {
                return RobotsRules.Unreachable($"it answered {status}");
            }

            var body = await PayloadDownloader.ReadCappedAsync(response, RobotsRules.MaxParsedBytes, robotsUri, truncate: true, ct);
            return RobotsRules.Parse(body, options.Value.Crawler.ProductToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException or SourceFetchException)
        {
            if (ct.IsCancellationRequested)
            {
                throw;
            }

            return RobotsRules.Unreachable(ex.Message);
        }
    }
}
