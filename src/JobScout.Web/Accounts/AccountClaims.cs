using System.Globalization;
using System.Security.Claims;
using JobScout.Infrastructure.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JobScout.Web.Accounts;

/// <summary>The claims the sign-in cookie carries, and how to read them back.</summary>
public static class AccountClaims
{
    public const string SecurityStamp = "jobscout:stamp";

    public static ClaimsPrincipal Principal(UserAccount user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.DisplayName),
            new Claim(ClaimTypes.Email, user.Email),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(SecurityStamp, user.SecurityStamp),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The signed-in person's account id, or null.</summary>
    public static long? UserId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The account id in an action that requires sign-in.</summary>
    public static long RequiredUserId(this ClaimsPrincipal principal) =>
        principal.UserId() ?? throw new InvalidOperationException("This action requires a signed-in user.");

    public static bool IsCoach(this ClaimsPrincipal principal) => principal.IsInRole(UserRole.Coach) || principal.IsInRole(UserRole.Admin);

    public static bool IsAdmin(this ClaimsPrincipal principal) => principal.IsInRole(UserRole.Admin);
}
