using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Email;
using JobScout.Web.Accounts;
using JobScout.Web.Hosting;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JobScout.Web.Controllers;

/// <summary>Register, sign in and out, and the account's own settings.</summary>
[Route("account")]
public sealed class AccountController(AccountService accounts, UserStore users, IEmailSender email, IOptions<JobScoutOptions> options) : Controller
{
    private int MinLength => options.Value.Accounts.MinPasswordLength;

    [HttpGet("signin")]
    public IActionResult SignIn(string? returnUrl, bool reset = false) =>
        View(new SignInForm(null, returnUrl, Notice: reset ? "Your password was changed. Sign in with the new one." : null));

    [HttpPost("signin")]
    [EnableRateLimiting(RateLimitingExtensions.SignIn)]
    public async Task<IActionResult> SignIn(string? email, string? password, string? returnUrl, CancellationToken ct)
    {
        var outcome = await accounts.SignInAsync(email ?? "", password ?? "", ct);
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountClaims.Principal(outcome.User!));
                return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
            case SignInStatus.LockedOut:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return View(new SignInForm(email, returnUrl,
                    $"Too many failed attempts: this account is locked until {outcome.LockedUntil:HH:mm} UTC. You can reset the password meanwhile."));
            default:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(new SignInForm(email, returnUrl, "That e-mail address and password do not match an account."));
        }
    }

    [HttpPost("signout")]
    public async Task<IActionResult> SignOutNow()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }

    [HttpGet("register")]
    public IActionResult Register(string? returnUrl) => options.Value.Accounts.AllowRegistration
        ? View(new RegisterForm(null, null, returnUrl, MinPasswordLength: MinLength))
        : NotFound();

    [HttpPost("register")]
    [EnableRateLimiting(RateLimitingExtensions.SignIn)]
    public async Task<IActionResult> Register(string? email, string? displayName, string? password, string? confirm, string? returnUrl, CancellationToken ct)
    {
        if (!options.Value.Accounts.AllowRegistration)
        {
            return NotFound();
        }

        var outcome = password != confirm
            ? new RegistrationOutcome(null, "The two passwords differ.")
            : await accounts.RegisterAsync(email ?? "", displayName, password ?? "", UserRole.Seeker, ct);
        if (outcome.User is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new RegisterForm(email, displayName, returnUrl, outcome.Error, MinLength));
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountClaims.Principal(outcome.User));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [Authorize]
    [HttpGet("")]
    public async Task<IActionResult> Settings(bool saved, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(User.RequiredUserId(), ct);
        return user is null
            ? NotFound()
            : View(new AccountSettingsViewModel(user.Email, user.DisplayName, user.Role, user.EmailAlerts, email.CanDeliver, saved));
    }

    [Authorize]
    [HttpPost("")]
    public async Task<IActionResult> SaveSettings(bool emailAlerts, CancellationToken ct)
    {
        await users.SetEmailAlertsAsync(User.RequiredUserId(), emailAlerts, ct);
        return RedirectToAction(nameof(Settings), new { saved = true });
    }
}
