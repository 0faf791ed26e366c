using JobScout.Infrastructure.Coaching;
using JobScout.Infrastructure.Tracking;
using JobScout.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Components;

public sealed record ListingActionsModel(long ListingId, bool SignedIn, TrackedApplication? Tracked, IReadOnlyList<CoachCollection> Collections);

/// <summary>On a listing page: track it on the board, and (coaches) pin it to a collection with a note.</summary>
public sealed class ListingActionsViewComponent(ApplicationStore applications, CollectionStore collections) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long listingId)
    {
        if (UserClaimsPrincipal.UserId() is not { } userId)
        {
            return View(new ListingActionsModel(listingId, false, null, []));
        }

        var own = UserClaimsPrincipal.IsCoach() ? await collections.ForCoachAsync(userId) : [];
        return View(new ListingActionsModel(listingId, true, await applications.FindAsync(userId, listingId), own));
    }
}
