using JobScout.Infrastructure.Search;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

public sealed class SearchController(ListingSearcher searcher) : Controller
{
    private const int PageSize = 20;
    private const int MaxQueryLength = 500;

    [HttpGet("/search")]
    public IActionResult Index([FromQuery] string? q, [FromQuery] int page = 1)
    {
        var query = (q ?? "").Trim();
        string? lengthNotice = null;
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
            lengthNotice = $"Your search was cut to its first {MaxQueryLength} characters.";
        }

        var results = searcher.Search(new SearchRequest(query, page, PageSize));
        var model = new SearchPageViewModel(
            query,
            results.Hits.Select(ListingSummary.From).ToList(),
            results.Total,
            results.Page,
            results.PageCount,
            lengthNotice ?? results.Notice);
        return View(model);
    }
}
