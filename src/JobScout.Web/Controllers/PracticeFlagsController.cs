using JobScout.Infrastructure.Assessments;
using JobScout.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>Disputed gold answers: anyone in an attempt can flag an item; coaches and admins see and resolve the flags.</summary>
[Route("practice/flags")]
public sealed class PracticeFlagsController(PracticeStore attempts, PackLibrary packs, PracticeFlagStore flags) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Flag(string? token, string? itemId, string? note, CancellationToken ct)
    {
        var attempt = token is { Length: > 20 and < 100 } ? await attempts.FindAsync(token, ct) : null;
        if (attempt is null || (attempt.UserId is { } owner && owner != User.UserId())
            || packs.Find(attempt.PackId, attempt.PackVersion)?.Items.Any(i => i.Id == itemId) != true || string.IsNullOrWhiteSpace(note))
        {
            return NotFound();
        }

        await flags.AddAsync(attempt.PackId, attempt.PackVersion, itemId!, User.UserId(), note.Trim()[..Math.Min(note.Trim().Length, 2000)], ct);
        return View("Flagged", token);
    }

    [Authorize(Policy = Policies.Coach)]
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await flags.RecentAsync(200, ct));

    private const int MaxResolution = 2000;

    [Authorize(Policy = Policies.Coach)]
    [HttpPost("{id:long}/resolve")]
    public async Task<IActionResult> Resolve(long id, string? resolution, CancellationToken ct)
    {
        var text = string.IsNullOrWhiteSpace(resolution) ? "Reviewed." : resolution.Trim();
        if (text.Length > MaxResolution)
        {
            return BadRequest($"A resolution is at most {MaxResolution:N0} characters; this one has {text.Length:N0}.");
        }

        return await flags.ResolveAsync(id, User.RequiredUserId(), text, ct) ? RedirectToAction(nameof(Index)) : NotFound();
    }
}
