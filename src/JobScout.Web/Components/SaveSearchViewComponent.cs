using JobScout.Infrastructure.Coaching;
using JobScout.Infrastructure.Search;
using JobScout.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Components;

public sealed record SaveSearchModel(SearchParameters Parameters, bool SignedIn, IReadOnlyList<CoachCollection> Collections, string ReturnUrl);

/// <summary>"Save this search" above the results: for oneself or, for a coach, into a collection.</summary>
public sealed class SaveSearchViewComponent(CollectionStore collections) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(SearchParameters parameters)
    {
        var userId = UserClaimsPrincipal.UserId();
        var own = userId is { } id && UserClaimsPrincipal.IsCoach() ? await collections.ForCoachAsync(id) : [];
        return View(new SaveSearchModel(parameters, userId is not null, own, parameters.Url()));
    }
}
