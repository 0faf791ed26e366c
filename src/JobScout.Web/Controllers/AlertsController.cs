using JobScout.Infrastructure.Alerts;
using JobScout.Web.Accounts;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>The signed-in person's alerts: new listings from their saved searches and their coaches' collections.</summary>
[Authorize]
[Route("alerts")]
public sealed class AlertsController(AlertStore alerts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var userId = User.RequiredUserId();
        return View(new AlertListViewModel(await alerts.ForUserAsync(userId, 200, ct), await alerts.UnreadCountAsync(userId, ct)));
    }

    [HttpPost("read")]
    public async Task<IActionResult> MarkAllRead(CancellationToken ct)
    {
        await alerts.MarkAllReadAsync(User.RequiredUserId(), ct);
        return RedirectToAction(nameof(Index));
    }
}
