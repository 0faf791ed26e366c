using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Configuration;
using JobScout.Web.Hosting;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JobScout.Web.Controllers;

/// <summary>"Forgot password": an e-mailed link with a single-use token, then a new password.</summary>
[Route("account")]
public sealed class PasswordResetController(AccountService accounts, IOptions<JobScoutOptions> options) : Controller
{
    [HttpGet("forgot")]
    public IActionResult Forgot() => View();

    [HttpPost("forgot")]
    [EnableRateLimiting(RateLimitingExtensions.SignIn)]
    public async Task<IActionResult> Forgot(string? email, CancellationToken ct)
    {
        if (AccountService.CheckEmail(email?.Trim()) is null)
        {
            var origin = $"{Request.Scheme}://{Request.Host}";
            await accounts.RequestPasswordResetAsync(email!, token => $"{origin}/account/reset?token={Uri.EscapeDataString(token)}", ct);
        }

        return View("ForgotSent");
    }

    [HttpGet("reset")]
    public IActionResult Reset(string? token) => string.IsNullOrEmpty(token)
        ? RedirectToAction(nameof(Forgot))
        : View(new ResetForm(token, MinPasswordLength: options.Value.Accounts.MinPasswordLength));

    [HttpPost("reset")]
    [EnableRateLimiting(RateLimitingExtensions.SignIn)]
    public async Task<IActionResult> Reset(string? token, string? password, string? confirm, CancellationToken ct)
    {
        var error = string.IsNullOrEmpty(token) ? "This reset link is incomplete. Ask for a new one."
            : password != confirm ? "The two passwords differ."
            : await accounts.ResetPasswordAsync(token, password ?? "", ct);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ResetForm(token ?? "", error, options.Value.Accounts.MinPasswordLength));
        }

        return RedirectToAction("SignIn", "Account", new { reset = true });
    }
}
