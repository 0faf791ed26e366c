using System.Globalization;
using JobScout.Infrastructure.Search;
using JobScout.Web.Hosting;
using JobScout.Web.Search;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace JobScout.Web.Controllers;

public sealed class SearchController(ListingSearcher searcher, TimeProvider clock) : Controller
{
    public const int PageSize = 20;
    private const string LastVisitCookie = "jobscout_last_visit";

    // A visit is a sitting: "new since your last visit" keeps the same reference point for an hour of browsing.
    private static readonly TimeSpan SittingLength = TimeSpan.FromHours(1);

    [HttpGet("/search")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPages)]
    public IActionResult Index()
    {
        var parameters = SearchParameters.From(Request.Query);
        var results = searcher.Search(parameters.ToRequest(PageSize, histogram: true));
        var suggestions = results.Total == 0 ? SearchSuggestions.For(parameters, searcher) : [];
        return View(new SearchPageViewModel(parameters, results, TrackVisit(), suggestions));
    }

    /// <summary>Returns the previous visit's time and remembers this one.</summary>
    private DateTimeOffset? TrackVisit()
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? last = long.TryParse(Request.Cookies[LastVisitCookie], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
        var sittingStart = long.TryParse(Request.Cookies[LastVisitCookie + "_sitting"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
            ? DateTimeOffset.FromUnixTimeSeconds(s)
            : (DateTimeOffset?)null;
        if (sittingStart is null || now - sittingStart > SittingLength)
        {
            var options = new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = false, MaxAge = TimeSpan.FromDays(365), Secure = Request.IsHttps };
            Response.Cookies.Append(LastVisitCookie, (sittingStart ?? now).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), options);
            Response.Cookies.Append(LastVisitCookie + "_sitting", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), options);
            return sittingStart ?? last;
        }

        return last;
    }
}
