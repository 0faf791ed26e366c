using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Coaching;
using JobScout.Web.Accounts;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>A coach's invitation link: the client signs in (or registers), chooses what to share, and accepts.</summary>
[Route("invite")]
public sealed class InvitationsController(CoachLinkStore links, UserStore users, TimeProvider clock) : Controller
{
    [HttpGet("{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken ct)
    {
        var (link, problem) = await FindAsync(token, ct);
        if (link is null)
        {
            return NotFound();
        }

        var coach = await users.FindByIdAsync(link.CoachId, ct);
        return View(new InvitationViewModel(link, coach?.DisplayName ?? "A coach", token, User.UserId() is not null, problem));
    }

    [Authorize]
    [HttpPost("{token}")]
    public async Task<IActionResult> Accept(string token, bool savedSearches, bool tracker, bool assessments, CancellationToken ct)
    {
        var (link, problem) = await FindAsync(token, ct);
        if (link is null)
        {
            return NotFound();
        }

        var userId = User.RequiredUserId();
        if (problem is null && await links.ActiveAsync(link.CoachId, userId, ct) is not null)
        {
            problem = "You already work with this coach. Change what they may see under “Your coaches”.";
        }

        if (problem is null && !await links.AcceptAsync(token, userId, new Consent(savedSearches, tracker, assessments), ct))
        {
            problem = link.CoachId == userId ? "This is your own invitation: send the link to your client." : "This invitation cannot be accepted any more.";
        }

        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var coach = await users.FindByIdAsync(link.CoachId, ct);
            return View(nameof(Show), new InvitationViewModel(link, coach?.DisplayName ?? "A coach", token, SignedIn: true, problem));
        }

        return Redirect("/account/coaches?saved=true");
    }

    private async Task<(CoachLink? Link, string? Problem)> FindAsync(string token, CancellationToken ct)
    {
        var link = token.Length is > 20 and < 100 ? await links.FindByInviteTokenAsync(token, ct) : null;
        return link switch
        {
            null => (null, null),
            { AcceptedAt: not null } => (link, "This invitation has been accepted already."),
            _ when !link.IsPendingAt(clock.GetUtcNow()) => (link, "This invitation has expired or was withdrawn. Ask your coach for a new link."),
            _ => (link, null),
        };
    }
}
