using JobScout.Infrastructure.Assessments;
using JobScout.Web.Accounts;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>A signed-in applicant's practice history: scores over time, weakest rubric dimensions, and what to practise next.</summary>
[Authorize]
[Route("practice/history")]
public sealed class PracticeHistoryController(PracticeStore store, PackLibrary packs) : Controller
{
    private const int AttemptsShown = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var attempts = (await store.ForUserAsync(User.RequiredUserId(), ct)).Take(AttemptsShown).ToList();
        var rows = new List<PracticeHistoryRow>();
        var results = new List<ItemResult>();
        foreach (var attempt in attempts)
        {
            var answers = await store.AnswersAsync(attempt.Id, ct);
            if (answers.Count == 0 || packs.Find(attempt.PackId, attempt.PackVersion) is not { } pack)
            {
                continue;
            }

            results.AddRange(answers.Select(a => a.Result));
            var summary = AttemptSummary.Of(pack, answers.Select(a => a.Result).ToList());
            rows.Add(new PracticeHistoryRow(attempt, pack.Title, attempt.Percent ?? summary.Percent, attempt.Passed, answers.Count, pack.Items.Count));
        }

        var overall = AttemptSummary.Of(new PracticePack("all", "All", 1, "", "general", 70, 10, null, results.Select(r => new PracticeItem(r.ItemId, r.Type, "", "", "none", "")).ToList()), results);
        var weakestType = results.GroupBy(r => r.Type).OrderBy(g => g.Average(r => r.Points)).Select(g => g.Key).FirstOrDefault();
        var suggestion = weakestType is null ? null : packs.All.OrderByDescending(p => p.Items.Count(i => i.Type == weakestType)).FirstOrDefault();
        rows.Reverse(); // oldest first on the chart
        return View(new PracticeHistoryViewModel(rows, overall, suggestion));
    }
}
