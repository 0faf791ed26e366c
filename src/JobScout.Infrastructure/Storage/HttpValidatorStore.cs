using System.Globalization;
using Dapper;

namespace JobScout.Infrastructure.Storage;

public sealed record HttpValidators(string? ETag, string? LastModified);

/// <summary>ETag and Last-Modified per URL, for conditional GETs: an unchanged board costs the source almost nothing.</summary>
public sealed class HttpValidatorStore(DbConnectionFactory connections, TimeProvider clock)
{
    public async Task<HttpValidators?> GetAsync(Uri url, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<HttpValidators>(
            "SELECT etag AS ETag, last_modified AS LastModified FROM http_validators WHERE url = @url", new { url = url.AbsoluteUri });
    }

    public async Task SaveAsync(Uri url, HttpValidators validators, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        if (validators.ETag is null && validators.LastModified is null)
        {
            await connection.ExecuteAsync("DELETE FROM http_validators WHERE url = @url", new { url = url.AbsoluteUri });
            return;
        }

        await connection.ExecuteAsync("""
            INSERT INTO http_validators (url, etag, last_modified, updated_at) VALUES (@url, @ETag, @LastModified, @now)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at
            """, new { url = url.AbsoluteUri, validators.ETag, validators.LastModified, now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) });
    }
}
