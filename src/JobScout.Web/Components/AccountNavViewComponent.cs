using JobScout.Infrastructure.Alerts;
using JobScout.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Components;

public sealed record AccountNavModel(bool SignedIn, string? Name, bool IsCoach, bool IsAdmin, int UnreadAlerts);

/// <summary>The signed-in part of the top bar, with the unread-alert badge.</summary>
public sealed class AccountNavViewComponent(AlertStore alerts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = UserClaimsPrincipal;
        var unread = user.UserId() is { } id ? await alerts.UnreadCountAsync(id) : 0;
        return View(new AccountNavModel(user.UserId() is not null, user.Identity?.Name, user.IsCoach(), user.IsAdmin(), unread));
    }
}
