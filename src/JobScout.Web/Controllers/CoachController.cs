using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Coaching;
using JobScout.Infrastructure.Configuration;
using JobScout.Web.Accounts;
using JobScout.Web.Coaching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace JobScout.Web.Controllers;

/// <summary>A coach's dashboard: clients, invitations, collections and what clients have been doing (as far as they allow).</summary>
[Authorize(Policy = Policies.Coach)]
[Route("coach")]
public sealed class CoachController(CoachDashboardBuilder dashboard, CoachLinkStore links, PackLibrary packs, IOptions<JobScoutOptions> options) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Dashboard(CancellationToken ct) =>
        View(await dashboard.BuildAsync(User.RequiredUserId(), newInviteUrl: null, ct));

    /// <summary>Creates an invitation link; it is shown once, here, for the coach to send to the client.</summary>
    [HttpPost("invites")]
    public async Task<IActionResult> Invite(string? invitee, CancellationToken ct)
    {
        var label = string.IsNullOrWhiteSpace(invitee) ? "" : invitee.Trim()[..Math.Min(invitee.Trim().Length, 120)];
        var (_, token) = await links.CreateInviteAsync(User.RequiredUserId(), label, TimeSpan.FromDays(options.Value.Accounts.InviteDays), ct);
        var url = $"{Request.Scheme}://{Request.Host}/invite/{token}";
        return View(nameof(Dashboard), await dashboard.BuildAsync(User.RequiredUserId(), url, ct));
    }

    [HttpGet("clients/{clientId:long}")]
    public async Task<IActionResult> Client(long clientId, CancellationToken ct)
    {
        var client = await dashboard.ClientAsync(User.RequiredUserId(), clientId, ct);
        return client is null ? NotFound() : View(client with { Packs = packs.All });
    }

    /// <summary>Ends a client relationship or withdraws a pending invitation.</summary>
    [HttpPost("links/{id:long}/end")]
    public async Task<IActionResult> End(long id, CancellationToken ct) =>
        await links.GetAsync(id, ct) is { } link && link.CoachId == User.RequiredUserId() && await links.EndAsync(id, link.CoachId, ct)
            ? RedirectToAction(nameof(Dashboard))
            : NotFound();
}
