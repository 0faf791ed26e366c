using System.Net.Mail;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Accounts;

public enum SignInStatus
{
    Succeeded,
    Invalid,
    LockedOut,
}

public sealed record SignInOutcome(SignInStatus Status, UserAccount? User = null, DateTimeOffset? LockedUntil = null);

/// <summary>A registration that failed, with the message the form shows.</summary>
public sealed record RegistrationOutcome(UserAccount? User, string? Error);

/// <summary>Registration, sign-in with lockout, and password reset by a single-use e-mailed token.</summary>
public sealed class AccountService(
    UserStore users,
    PasswordResetStore resets,
    IEmailSender email,
    IOptions<JobScoutOptions> options,
    TimeProvider clock)
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    // Checked against when the address is unknown, so a wrong address takes as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(null!, "not a real password");

    private AccountOptions Accounts => options.Value.Accounts;

    public string? CheckPassword(string? password) =>
        password is null || password.Length < Accounts.MinPasswordLength
            ? $"Choose a password of at least {Accounts.MinPasswordLength} characters."
            : password.Length > 256 ? "Choose a password of at most 256 characters." : null;

    public static string? CheckEmail(string? address) =>
        address is { Length: > 3 and <= 254 } && MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && address.Contains('.', StringComparison.Ordinal)
            ? null
            : "Enter an e-mail address such as name@example.com.";

    public async Task<RegistrationOutcome> RegisterAsync(string email, string? displayName, string password, string role = UserRole.Seeker, CancellationToken ct = default)
    {
        email = email.Trim();
        if ((CheckEmail(email) ?? CheckPassword(password)) is { } problem)
        {
            return new RegistrationOutcome(null, problem);
        }

        var name = string.IsNullOrWhiteSpace(displayName) ? email[..email.IndexOf('@', StringComparison.Ordinal)] : displayName.Trim();
        name = name.Length > 80 ? name[..80] : name;
        var id = await users.CreateAsync(email, name, Hasher.HashPassword(null!, password), role, ct);
        return id is null
            ? new RegistrationOutcome(null, "An account with this e-mail address already exists. Sign in, or reset its password.")
            : new RegistrationOutcome(await users.FindByIdAsync(id.Value, ct), null);
    }

    public async Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(email.Trim(), ct);
        if (user is null)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash, password);
            return new SignInOutcome(SignInStatus.Invalid);
        }

        if (user.IsLockedAt(clock.GetUtcNow()))
        {
            return new SignInOutcome(SignInStatus.LockedOut, LockedUntil: user.LockedUntil);
        }

        var verdict = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            await users.RecordFailureAsync(user.Id, Accounts.LockoutThreshold, TimeSpan.FromMinutes(Accounts.LockoutMinutes), ct);
            var after = await users.FindByIdAsync(user.Id, ct);
            return after is not null && after.IsLockedAt(clock.GetUtcNow())
                ? new SignInOutcome(SignInStatus.LockedOut, LockedUntil: after.LockedUntil)
                : new SignInOutcome(SignInStatus.Invalid);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await users.SetPasswordAsync(user.Id, Hasher.HashPassword(user, password), ct);
        }

        await users.ClearFailuresAsync(user.Id, ct);
        return new SignInOutcome(SignInStatus.Succeeded, await users.FindByIdAsync(user.Id, ct));
    }

    /// <summary>E-mails a reset link when the address has an account; says nothing either way, so addresses cannot be probed.</summary>
    public async Task RequestPasswordResetAsync(string address, Func<string, string> resetLink, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(address.Trim(), ct);
        if (user is null)
        {
            return;
        }

        var token = await resets.CreateAsync(user.Id, TimeSpan.FromMinutes(Accounts.ResetTokenMinutes), ct);
        await email.SendAsync(new EmailMessage(user.Email, user.DisplayName, "Reset your JobScout password", $"""
            Hello {user.DisplayName},

            Someone (we hope you) asked to reset the password of your JobScout account.
            Choose a new password here; the link works once, for {Accounts.ResetTokenMinutes} minutes:

            {resetLink(token)}

            If you did not ask, ignore this message: your password stays as it is.
            """), ct);
    }

    /// <summary>Sets a new password when the token is valid, unused and unexpired; the token is spent either way it succeeds.</summary>
    public async Task<string?> ResetPasswordAsync(string token, string newPassword, CancellationToken ct = default)
    {
        if (CheckPassword(newPassword) is { } problem)
        {
            return problem;
        }

        var userId = await resets.RedeemAsync(token, ct);
        if (userId is null)
        {
            return "This reset link is not valid any more: it was used already or has expired. Ask for a new one.";
        }

        await users.SetPasswordAsync(userId.Value, Hasher.HashPassword(null!, newPassword), ct);
        return null;
    }
}
