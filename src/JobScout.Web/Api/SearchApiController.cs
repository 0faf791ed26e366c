using JobScout.Infrastructure.Search;
using JobScout.Web.Controllers;
using JobScout.Web.Hosting;
using JobScout.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace JobScout.Web.Api;

/// <summary>
/// GET /api/search takes the same parameters as /search (q, sort, page, minpay, days, eligible, remoteonly, lang,
/// and role/domain/task/type/level/interval/remote/country/language/company facet values) and returns the same hits.
/// </summary>
[ApiController]
[Produces("application/json")]
public sealed class SearchApiController(ListingSearcher searcher) : ControllerBase
{
    [HttpGet("/api/search")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPages)]
    [ProducesResponseType<SearchApiResponse>(StatusCodes.Status200OK)]
    [EndpointSummary("Search AI-training listings")]
    [EndpointDescription("The JSON twin of /search: same parameters, same hits, with facet counts (drill-sideways for selected facets).")]
    public ActionResult<SearchApiResponse> Search(
        [FromQuery] string? q,
        [FromQuery] string? sort,
        [FromQuery] int? page,
        [FromQuery] decimal? minpay,
        [FromQuery] int? days,
        [FromQuery] string? eligible,
        [FromQuery] string? remoteonly,
        [FromQuery] string? lang,
        [FromQuery] string[]? role,
        [FromQuery] string[]? domain,
        [FromQuery] string[]? task,
        [FromQuery] string[]? type,
        [FromQuery] string[]? level,
        [FromQuery] string[]? interval,
        [FromQuery] string[]? remote,
        [FromQuery] string[]? country,
        [FromQuery] string[]? language,
        [FromQuery] string[]? company)
    {
        // The typed parameters document the API; the query string itself is read the same way the page reads it.
        var parameters = SearchParameters.From(Request.Query);
        var results = searcher.Search(parameters.ToRequest(SearchController.PageSize));
        return new SearchApiResponse(
            parameters.Query,
            results.Total,
            results.Page,
            results.PageSize,
            results.PageCount,
            results.Notice,
            results.Hits.Select(h => new SearchApiHit(h.Id, h.Title, h.Company, h.Location, h.PostedAt, h.PayText, h.Hourly, h.IsExample,
                $"/listings/{h.Id}", h.SnippetHtml)).ToList(),
            results.Facets.Select(f => new SearchApiFacet(f.Name, f.Label,
                f.Values.Select(v => new SearchApiFacetValue(v.Value, Labels.Of(v.Value), v.Count, v.Selected)).ToList())).ToList(),
            parameters.Url(),
            parameters.Url("/search.atom"));
    }
}
