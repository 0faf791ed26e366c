using JobScout.Infrastructure.Assessments;
using JobScout.Web.Accounts;
using JobScout.Web.Practice;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>
/// Practice and exam runs of a pack. Anyone can practise; the attempt's secret token is its key. Practice shows the
/// expert's feedback after each item; an exam is timed and shows everything at the end, against the pass mark.
/// </summary>
[Route("practice")]
public sealed class PracticeController(PackLibrary packs, PracticeStore store, PracticeAssignmentStore assignments, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new PracticeIndexViewModel(packs.All, User.UserId() is { } id ? await assignments.ForClientAsync(id, ct) : []));

    [HttpPost("{packId}/start")]
    public async Task<IActionResult> Start(string packId, string? mode, CancellationToken ct)
    {
        if (packs.Find(packId) is not { } pack)
        {
            return NotFound();
        }

        var attempt = await store.StartAsync(pack, mode == PracticeMode.Exam ? PracticeMode.Exam : PracticeMode.Practice, User.UserId(), ct);
        return Redirect($"/practice/attempts/{attempt.Token}/1");
    }

    [HttpGet("attempts/{token}/{number:int}")]
    public async Task<IActionResult> Item(string token, int number, CancellationToken ct)
    {
        var (attempt, pack, problem) = await OpenAsync(token, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (attempt!.IsOverAt(clock.GetUtcNow()) || number < 1 || number > pack!.Items.Count)
        {
            return Redirect($"/practice/attempts/{token}");
        }

        var item = pack.Items[number - 1];
        var previous = (await store.AnswersAsync(attempt.Id, ct)).FirstOrDefault(a => a.ItemId == item.Id)?.Answer;
        if (attempt.IsExam && previous is not null)
        {
            return Redirect($"/practice/attempts/{token}"); // an exam item is answered once
        }

        return View(new PracticeItemViewModel(attempt, pack, item, number, previous, clock.GetUtcNow()));
    }

    [HttpPost("attempts/{token}/{number:int}")]
    public async Task<IActionResult> Answer(string token, int number, CancellationToken ct)
    {
        var (attempt, pack, problem) = await OpenAsync(token, ct);
        if (problem is not null || number < 1 || number > pack!.Items.Count)
        {
            return problem ?? NotFound();
        }

        if (attempt!.IsOverAt(clock.GetUtcNow()))
        {
            return Redirect($"/practice/attempts/{token}"); // time is up: the answer arrived too late
        }

        var item = pack.Items[number - 1];
        if (attempt.IsExam && (await store.AnswersAsync(attempt.Id, ct)).Any(a => a.ItemId == item.Id))
        {
            return Redirect($"/practice/attempts/{token}?answered={number}"); // re-answers are refused in an exam
        }

        var form = await Request.ReadFormAsync(ct);
        var answer = AnswerForm.Read(item, form);
        if (AnswerForm.Problem(item, form) is { } formProblem)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Item", new PracticeItemViewModel(attempt, pack, item, number, answer, clock.GetUtcNow()) { Problem = formProblem });
        }

        await store.SaveAnswerAsync(attempt.Id, answer, ItemScorer.Score(item, answer), ct);
        if (!attempt.IsExam)
        {
            return Redirect($"/practice/attempts/{token}/{number}/feedback");
        }

        return number < pack.Items.Count ? Redirect($"/practice/attempts/{token}/{number + 1}") : await FinishAsync(attempt, pack, ct);
    }

    [HttpGet("attempts/{token}/{number:int}/feedback")]
    public async Task<IActionResult> Feedback(string token, int number, CancellationToken ct)
    {
        var (attempt, pack, problem) = await OpenAsync(token, ct);
        if (problem is not null || attempt!.IsExam || number < 1 || number > pack!.Items.Count)
        {
            return problem ?? NotFound(); // an exam shows no feedback until it ends
        }

        var item = pack.Items[number - 1];
        var stored = (await store.AnswersAsync(attempt.Id, ct)).FirstOrDefault(a => a.ItemId == item.Id);
        return stored is null ? Redirect($"/practice/attempts/{token}/{number}") : View(new PracticeFeedbackViewModel(attempt, pack, item, number, stored));
    }

    [HttpPost("attempts/{token}/finish")]
    public async Task<IActionResult> Finish(string token, CancellationToken ct)
    {
        var (attempt, pack, problem) = await OpenAsync(token, ct);
        return problem ?? await FinishAsync(attempt!, pack!, ct);
    }

    [HttpGet("attempts/{token}")]
    public async Task<IActionResult> Results(string token, int? answered, CancellationToken ct)
    {
        var (attempt, pack, problem) = await OpenAsync(token, ct);
        if (problem is not null)
        {
            return problem;
        }

        var answers = await store.AnswersAsync(attempt!.Id, ct);
        if (attempt.IsExam && !attempt.IsOverAt(clock.GetUtcNow()))
        {
            // No gold, reasoning or score until the exam is over: they would answer the items still open.
            return View("ExamProgress", new ExamProgressViewModel(attempt, pack!, answers.Select(a => a.ItemId).ToHashSet(), answered));
        }

        if (attempt.FinishedAt is null && attempt.IsOverAt(clock.GetUtcNow()))
        {
            await store.FinishAsync(attempt, AttemptSummary.Of(pack!, answers.Select(a => a.Result).ToList()), ct);
        }

        return View(new PracticeResultsViewModel(attempt, pack!, AttemptSummary.Of(pack!, answers.Select(a => a.Result).ToList()), answers));
    }

    private async Task<IActionResult> FinishAsync(PracticeAttempt attempt, PracticePack pack, CancellationToken ct)
    {
        var answers = await store.AnswersAsync(attempt.Id, ct);
        await store.FinishAsync(attempt, AttemptSummary.Of(pack, answers.Select(a => a.Result).ToList()), ct);
        return Redirect($"/practice/attempts/{attempt.Token}");
    }

    /// <summary>The attempt and its pack; an attempt made while signed in belongs to that account alone.</summary>
    private async Task<(PracticeAttempt? Attempt, PracticePack? Pack, IActionResult? Problem)> OpenAsync(string token, CancellationToken ct)
    {
        var attempt = token.Length is > 20 and < 100 ? await store.FindAsync(token, ct) : null;
        if (attempt is null || (attempt.UserId is { } owner && owner != User.UserId()) || packs.Find(attempt.PackId, attempt.PackVersion) is not { } pack)
        {
            return (null, null, NotFound());
        }

        return (attempt, pack, null);
    }
}
