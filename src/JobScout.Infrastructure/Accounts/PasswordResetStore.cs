using Dapper;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Accounts;

/// <summary>Single-use password reset tokens, stored as hashes.</summary>
public sealed class PasswordResetStore(DbConnectionFactory connections, TimeProvider clock)
{
    public async Task<string> CreateAsync(long userId, TimeSpan validFor, CancellationToken ct = default)
    {
        var token = SecretTokens.Create();
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(
            "INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES (@hash, @userId, @expires)",
            new { hash = SecretTokens.Hash(token), userId, expires = DbTime.Format(clock.GetUtcNow() + validFor) });
        return token;
    }

    /// <summary>Marks the token used and returns its account, in one statement so two requests cannot both redeem it.</summary>
    public async Task<long?> RedeemAsync(string token, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var now = DbTime.Format(clock.GetUtcNow());
        return await connection.ExecuteScalarAsync<long?>("""
            UPDATE password_resets SET used_at = @now
            WHERE token_hash = @hash AND used_at IS NULL AND expires_at > @now
            RETURNING user_id
            """, new { hash = SecretTokens.Hash(token), now });
    }
}
