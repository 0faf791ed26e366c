using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Coaching;
using JobScout.Web.Accounts;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>A client's coaches, and what each may see; any of it can be withdrawn at any time.</summary>
[Authorize]
[Route("account/coaches")]
public sealed class MyCoachesController(CoachLinkStore links, UserStore users) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool saved, CancellationToken ct)
    {
        var mine = await links.ForClientAsync(User.RequiredUserId(), ct);
        var coaches = await users.FindManyAsync(mine.Select(l => l.CoachId), ct);
        return View(new MyCoachesViewModel(mine.Where(l => coaches.ContainsKey(l.CoachId)).Select(l => (l, coaches[l.CoachId])).ToList(), saved));
    }

    [HttpPost("{linkId:long}")]
    public async Task<IActionResult> UpdateConsent(long linkId, bool savedSearches, bool tracker, bool assessments, CancellationToken ct) =>
        await links.UpdateConsentAsync(linkId, User.RequiredUserId(), new Consent(savedSearches, tracker, assessments), ct)
            ? RedirectToAction(nameof(Index), new { saved = true })
            : NotFound();

    /// <summary>Stops working with the coach: they see nothing more, and their shared collections leave this account.</summary>
    [HttpPost("{linkId:long}/end")]
    public async Task<IActionResult> End(long linkId, CancellationToken ct) =>
        await links.GetAsync(linkId, ct) is { } link && link.ClientId == User.RequiredUserId() && await links.EndAsync(linkId, link.ClientId.Value, ct)
            ? RedirectToAction(nameof(Index), new { saved = true })
            : NotFound();
}
