namespace JobScout.Infrastructure.Accounts;

/// <summary>An account as stored. The password hash is ASP.NET Core's PasswordHasher format (PBKDF2, salted).</summary>
public sealed record UserAccount(
    long Id,
    string Email,
    string DisplayName,
    string PasswordHash,
    string Role,
    bool EmailAlerts,
    int FailedSignIns,
    DateTimeOffset? LockedUntil,
    string SecurityStamp,
    DateTimeOffset CreatedAt)
{
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
