using System.Collections.Concurrent;
using JobScout.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Crawling.Http;

/// <summary>One request in flight per host, and a pause between requests to the same host.</summary>
public sealed class HostGate(IOptions<JobScoutOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the result when the response has been read.</summary>
    public async Task<IDisposable> EnterAsync(Uri uri, TimeSpan? crawlDelay, CancellationToken ct)
    {
        var state = _hosts.GetOrAdd(uri.Authority, _ => new HostState());
        await state.Turn.WaitAsync(ct);
        try
        {
            var configured = TimeSpan.FromMilliseconds(Math.Max(0, options.Value.Crawler.PerHostDelayMilliseconds));
            var delay = crawlDelay is { } robots && robots > configured ? robots : configured;
            var wait = state.LastFinished + delay - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, ct);
            }
        }
        catch
        {
            state.Turn.Release();
            throw;
        }

        return new Release(state, clock);
    }

    private sealed class HostState
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public DateTimeOffset LastFinished { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Release(HostState state, TimeProvider clock) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                state.LastFinished = clock.GetUtcNow();
                state.Turn.Release();
            }
        }
    }
}
