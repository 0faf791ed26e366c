using System.ServiceModel.Syndication;
using JobScout.Infrastructure.Alerts;
using JobScout.Web.Feeds;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>
/// A saved search's private Atom feed: the listings it alerted its owner about. The secret token in the address is
/// the only key (feed readers cannot sign in); the owner can replace it, which revokes the old address.
/// </summary>
public sealed class SavedSearchFeedController(SavedSearchStore searches, AlertStore alerts) : Controller
{
    private const int FeedSize = 50;

    [HttpGet("/feeds/saved/{token}")]
    public async Task<IActionResult> Atom(string token, CancellationToken ct)
    {
        var search = token.Length is > 20 and < 100 ? await searches.FindByFeedTokenAsync(token, ct) : null;
        if (search is null)
        {
            return NotFound();
        }

        var items = await alerts.ForSavedSearchAsync(search.Id, search.OwnerId, FeedSize, ct);
        var origin = $"{Request.Scheme}://{Request.Host}";
        var feed = new SyndicationFeed($"JobScout alerts: {search.Name}", "New listings matching this saved search.", new Uri(origin + search.SearchUrl))
        {
            Id = $"{origin}/saved/{search.Id}",
            LastUpdatedTime = items.Count == 0 ? search.CreatedAt : items.Max(a => a.CreatedAt),
            Items = items.Select(alert =>
            {
                var url = new Uri($"{origin}/listings/{alert.ListingId}");
                return new SyndicationItem($"{alert.Title} — {alert.Company}", $"New for “{search.Name}”.", url, url.AbsoluteUri, alert.CreatedAt);
            }).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = "JobScout" });
        Response.Headers.CacheControl = "private, no-store";
        await AtomWriter.WriteAsync(Response, feed);
        return new EmptyResult();
    }
}
