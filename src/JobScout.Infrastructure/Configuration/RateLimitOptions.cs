namespace JobScout.Infrastructure.Configuration;

/// <summary>Requests one client address may make per minute to the endpoints attackers hammer.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in, registration and password-reset posts (the per-account lockout stops guessing one password; this stops spraying many).</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Resume uploads and checks, which parse untrusted files.</summary>
    public int UploadsPerMinute { get; set; } = 20;
}
