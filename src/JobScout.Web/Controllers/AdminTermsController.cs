using JobScout.Core.Terms;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Crawling.Terms;
using JobScout.Web.Accounts;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

[Authorize(Policy = Policies.Admin)]
public sealed class AdminTermsController(SearchTermStore terms, SourceCatalog catalog) : Controller
{
    [HttpGet("/admin/terms")]
    public async Task<IActionResult> Index([FromQuery] string? source, CancellationToken ct)
    {
        var chosen = source is null ? null : catalog.Find(source)?.Id;
        var yields = await terms.YieldAsync(chosen, ct);
        var tried = yields.Select(y => y.Term).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var untried = SearchTermMatrix.Default.Queries().Count(q => !tried.Contains(q));
        return View(new TermYieldViewModel(yields, chosen, catalog.All.Select(s => s.Id).ToList(), untried));
    }
}
