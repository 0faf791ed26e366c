using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Coaching;
using JobScout.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Components;

public sealed record SharedCollectionView(CoachCollection Collection, IReadOnlyList<SavedSearch> Searches, IReadOnlyList<PinnedListing> Pins);

/// <summary>On a client's home page: the collections their coaches share with them.</summary>
public sealed class SharedCollectionsViewComponent(CollectionStore collections, SavedSearchStore searches) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.UserId() is not { } userId)
        {
            return Content("");
        }

        var shared = new List<SharedCollectionView>();
        foreach (var collection in await collections.SharedWithAsync(userId))
        {
            shared.Add(new SharedCollectionView(collection, await searches.ForCollectionAsync(collection.Id), await collections.PinsAsync(collection.Id)));
        }

        return shared.Count == 0 ? Content("") : View(shared);
    }
}
