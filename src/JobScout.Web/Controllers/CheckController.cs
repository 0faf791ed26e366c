using JobScout.Core.Scams;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>/check: paste a recruiter message, an e-mail or a link and see each warning sign explained. Nothing is stored.</summary>
[Route("check")]
public sealed class CheckController : Controller
{
    private const int MaxCharacters = 20_000;

    [HttpGet("")]
    public IActionResult Index() => View(new CheckViewModel("", null, null));

    [HttpPost("")]
    public IActionResult Check(string? message)
    {
        var text = (message ?? "").Trim();
        if (text.Length == 0 || text.Length > MaxCharacters)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new CheckViewModel(text.Length > MaxCharacters ? text[..MaxCharacters] : text, null,
                text.Length == 0 ? "Paste the message, e-mail or link you received." : $"That is longer than {MaxCharacters:N0} characters; paste the message only."));
        }

        Response.Headers.CacheControl = "no-store";
        return View("Index", new CheckViewModel(text, ScamChecker.Check(text), null));
    }
}

public sealed record CheckViewModel(string Message, ScamReport? Report, string? Error)
{
    public Platform? Claimed => Report?.ClaimedPlatform is { } id ? PlatformRegistry.Default.Find(id) : null;
}
