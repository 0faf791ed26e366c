using System.Text;
using JobScout.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Crawling;

public sealed class SourceFetchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Downloads one payload with the crawler's client (retries with back-off, honours Retry-After) and a size cap.</summary>
public sealed class PayloadDownloader(IHttpClientFactory clients, IOptions<JobScoutOptions> options)
{
    public const string ClientName = "crawler";

    public async Task<string> DownloadAsync(Uri uri, CancellationToken ct)
    {
        var limit = options.Value.Crawler.MaxResponseBytes;
        var client = clients.CreateClient(ClientName);
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new SourceFetchException($"{uri.Host} answered {(int)response.StatusCode} {response.ReasonPhrase} for {uri.AbsolutePath}.");
            }

            if (response.Content.Headers.ContentLength > limit)
            {
                throw new SourceFetchException($"{uri.Host} sent {response.Content.Headers.ContentLength} bytes, over the {limit}-byte cap.");
            }

            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            return await ReadCappedAsync(stream, limit, uri, ct);
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

    private static async Task<string> ReadCappedAsync(Stream stream, long limit, Uri uri, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new SourceFetchException($"{uri.Host} sent more than the {limit}-byte cap; the payload was dropped.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
