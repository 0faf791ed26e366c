using Dapper;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Accounts;

/// <summary>Accounts in the database: create, find, and the counters behind lockout.</summary>
public sealed class UserStore(DbConnectionFactory connections, TimeProvider clock)
{
    private const string Columns = "id AS Id, email AS Email, display_name AS DisplayName, password_hash AS PasswordHash, role AS Role, " +
                                   "email_alerts AS EmailAlerts, failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil, " +
                                   "security_stamp AS SecurityStamp, created_at AS CreatedAt";

    /// <summary>Creates the account; null when the e-mail address is taken.</summary>
    public async Task<long?> CreateAsync(string email, string displayName, string passwordHash, string role, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>("""
            INSERT INTO users (email, display_name, password_hash, role, security_stamp, created_at)
            VALUES (@email, @displayName, @passwordHash, @role, @stamp, @now)
            ON CONFLICT (email) DO NOTHING RETURNING id
            """, new { email, displayName, passwordHash, role, stamp = SecretTokens.Create(), now = DbTime.Format(clock.GetUtcNow()) });
    }

    public async Task<UserAccount?> FindByEmailAsync(string email, CancellationToken ct = default) =>
        await FindAsync("email = @email", new { email }, ct);

    public async Task<UserAccount?> FindByIdAsync(long id, CancellationToken ct = default) =>
        await FindAsync("id = @id", new { id }, ct);

    public async Task<IReadOnlyDictionary<long, UserAccount>> FindManyAsync(IEnumerable<long> ids, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<UserRow>($"SELECT {Columns} FROM users WHERE {connections.Dialect.InList("id", "ids")}", new { ids = ids.Distinct().ToArray() });
        return rows.Select(r => r.ToAccount()).ToDictionary(u => u.Id);
    }

    /// <summary>Counts a failed sign-in; locks the account when the count reaches the threshold.</summary>
    public async Task RecordFailureAsync(long id, int threshold, TimeSpan lockFor, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("""
            UPDATE users SET failed_sign_ins = failed_sign_ins + 1,
                   locked_until = CASE WHEN failed_sign_ins + 1 >= @threshold THEN @until ELSE locked_until END
            WHERE id = @id
            """, new { id, threshold, until = DbTime.Format(clock.GetUtcNow() + lockFor) });
    }

    public async Task ClearFailuresAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = @id", new { id });
    }

    /// <summary>New password; a new security stamp signs out every other session.</summary>
    public async Task SetPasswordAsync(long id, string passwordHash, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(
            "UPDATE users SET password_hash = @passwordHash, security_stamp = @stamp, failed_sign_ins = 0, locked_until = NULL WHERE id = @id",
            new { id, passwordHash, stamp = SecretTokens.Create() });
    }

    public async Task SetRoleAsync(long id, string role, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("UPDATE users SET role = @role, security_stamp = @stamp WHERE id = @id", new { id, role, stamp = SecretTokens.Create() });
    }

    public async Task SetEmailAlertsAsync(long id, bool enabled, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("UPDATE users SET email_alerts = @enabled WHERE id = @id", new { id, enabled = DbFlag.Of(enabled) });
    }

    private async Task<UserAccount?> FindAsync(string where, object args, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>($"SELECT {Columns} FROM users WHERE {where}", args);
        return row?.ToAccount();
    }

    private sealed record UserRow(long Id, string Email, string DisplayName, string PasswordHash, string Role, long EmailAlerts,
        long FailedSignIns, string? LockedUntil, string SecurityStamp, string CreatedAt)
    {
        public UserAccount ToAccount() => new(Id, Email, DisplayName, PasswordHash, Role, EmailAlerts != 0, (int)FailedSignIns,
            DbTime.ParseOrNull(LockedUntil), SecurityStamp, DbTime.Parse(CreatedAt));
    }
}
