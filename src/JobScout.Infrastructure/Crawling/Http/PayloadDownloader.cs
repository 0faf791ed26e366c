using System.Text;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Crawling.Http;

public sealed class SourceFetchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A fetched payload, or word that it has not changed since the validators were saved.</summary>
public sealed record FetchResult(Uri Uri, bool NotModified, string Body, HttpValidators Validators);

/// <summary>
/// Fetches politely: robots.txt first, one request per host at a time with a pause between, conditional GET,
/// retries with back-off that honour Retry-After (in the client's pipeline), and a size cap.
/// </summary>
public sealed class PayloadDownloader(
    IHttpClientFactory clients,
    RobotsCache robots,
    HostGate gate,
    HttpValidatorStore validators,
    IOptions<JobScoutOptions> options)
{
    public const string ClientName = "crawler";
    public const string RobotsClientName = "crawler-robots";

    public async Task<FetchResult> FetchAsync(Uri uri, bool conditional, CancellationToken ct)
    {
        var rules = await robots.GetAsync(uri, ct);
        if (!rules.IsAllowed(uri.PathAndQuery))
        {
            throw new SourceFetchException(rules.Unavailable is { } why
                ? $"robots.txt of {uri.Host} could not be read ({why}), which counts as \"disallow all\"; {uri.AbsolutePath} was not fetched."
                : $"robots.txt of {uri.Host} disallows {uri.AbsolutePath}; it was not fetched.");
        }

        var known = conditional ? await validators.GetAsync(uri, ct) : null;
        using var turn = await gate.EnterAsync(uri, rules.CrawlDelay, ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (known?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (known?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.StatusCode == System.Net.HttpStatusCode.NotModified && known is not null)
            {
                return new FetchResult(uri, true, "", known);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SourceFetchException($"{uri.Host} answered {(int)response.StatusCode} {response.ReasonPhrase} for {uri.AbsolutePath}.");
            }

            // The time-out above ends at the headers; a source trickling its body a byte at a time gets as long again.
            var seconds = Math.Max(1, options.Value.Crawler.TimeoutSeconds);
            using var bodyDeadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            bodyDeadline.CancelAfter(TimeSpan.FromSeconds(seconds));
            string body;
            try
            {
                body = await ReadCappedAsync(response, options.Value.Crawler.MaxResponseBytes, uri, truncate: false, bodyDeadline.Token);
            }
            catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
            {
                throw new SourceFetchException($"{uri.Host} sent its answer too slowly (not finished within {seconds} s).", ex);
            }

            var fresh = new HttpValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
            return new FetchResult(uri, false, body, fresh);
        }
        catch (HttpRequestException ex)
        {
            throw new SourceFetchException($"Could not reach {uri.Host}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new SourceFetchException($"{uri.Host} did not answer in time.", ex);
        }
        catch (Polly.Timeout.TimeoutRejectedException ex)
        {
            throw new SourceFetchException($"{uri.Host} did not answer in time.", ex);
        }
    }

    /// <summary>Keeps the validators once the payload has been stored, so the next run can ask "changed since?".</summary>
    public Task RememberAsync(FetchResult result, CancellationToken ct) =>
        result.NotModified ? Task.CompletedTask : validators.SaveAsync(result.Uri, result.Validators, ct);

    internal static async Task<string> ReadCappedAsync(HttpResponseMessage response, long limit, Uri uri, bool truncate, CancellationToken ct)
    {
        if (!truncate && response.Content.Headers.ContentLength > limit)
        {
            throw new SourceFetchException($"{uri.Host} announced {response.Content.Headers.ContentLength} bytes, over the {limit}-byte cap; not downloaded.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                if (truncate)
                {
                    buffer.Write(chunk, 0, (int)(limit - buffer.Length));
                    break;
                }

                throw new SourceFetchException($"{uri.Host} sent more than the {limit}-byte cap; the payload was dropped.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
