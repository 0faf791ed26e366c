using System.Globalization;
using System.Text;
using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Coaching;
using JobScout.Infrastructure.Storage;
using JobScout.Infrastructure.Tracking;
using JobScout.Web.Accounts;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>The application tracker: a board of listings by status, notes and a next-step reminder, and a CSV export.</summary>
[Authorize]
[Route("tracker")]
public sealed class TrackerController(ApplicationStore applications, ListingStore listings, UserStore users, AccessPolicy access, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Board(CancellationToken ct) =>
        View(new TrackerBoardViewModel(await applications.ForOwnerAsync(User.RequiredUserId(), ct), Today, OwnerName: null));

    /// <summary>A client's board, read-only, for a coach the client lets see it.</summary>
    [Authorize(Policy = Policies.Coach)]
    [HttpGet("/coach/clients/{clientId:long}/tracker")]
    public async Task<IActionResult> ClientBoard(long clientId, CancellationToken ct)
    {
        if (!(await access.ConsentAsync(User.RequiredUserId(), clientId, ct)).Tracker || await users.FindByIdAsync(clientId, ct) is not { } client)
        {
            return NotFound();
        }

        return View("Board", new TrackerBoardViewModel(await applications.ForOwnerAsync(clientId, ct), Today, client.DisplayName));
    }

    [HttpPost("")]
    public async Task<IActionResult> Add(long listingId, CancellationToken ct)
    {
        if (await listings.GetAsync(listingId, ct) is null)
        {
            return NotFound();
        }

        var id = await applications.AddAsync(User.RequiredUserId(), listingId, ct);
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken ct)
    {
        var userId = User.RequiredUserId();
        var application = await applications.GetAsync(id, ct);
        if (application is null || !await access.CanViewApplicationAsync(userId, application, ct))
        {
            return NotFound();
        }

        var history = await applications.HistoryAsync([id], ct);
        return View(new TrackedApplicationViewModel(application, history, AccessPolicy.CanChange(userId, application), Today));
    }

    [HttpPost("{id:long}/move")]
    public Task<IActionResult> Move(long id, string? status, string? returnTo, CancellationToken ct) =>
        ChangeAsync(id, returnTo, _ => ApplicationStatus.IsKnown(status) ? applications.MoveAsync(id, status!, ct) : Task.CompletedTask, ct);

    [HttpPost("{id:long}/notes")]
    public Task<IActionResult> Notes(long id, string? notes, string? nextStep, string? nextStepOn, CancellationToken ct) =>
        ChangeAsync(id, "details", _ => applications.UpdateNotesAsync(id, Limit(notes, 4000), Limit(nextStep, 200), Date(nextStepOn), ct), ct);

    [HttpPost("{id:long}/delete")]
    public Task<IActionResult> Delete(long id, CancellationToken ct) => ChangeAsync(id, "board", _ => applications.DeleteAsync(id, ct), ct);

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(CancellationToken ct)
    {
        var owned = await applications.ForOwnerAsync(User.RequiredUserId(), ct);
        var history = await applications.HistoryAsync(owned.Select(a => a.Id).ToList(), ct);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        TrackerCsv.Write(text, owned, history, $"{Request.Scheme}://{Request.Host}");
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8",
            $"jobscout-applications-{Today:yyyy-MM-dd}.csv");
    }

    private async Task<IActionResult> ChangeAsync(long id, string? returnTo, Func<TrackedApplication, Task> change, CancellationToken ct)
    {
        var application = await applications.GetAsync(id, ct);
        if (application is null || !AccessPolicy.CanChange(User.RequiredUserId(), application))
        {
            return NotFound();
        }

        await change(application);
        // Back to the card's column on the board (its anchor), or to the details page the form was on.
        return returnTo == "details" ? RedirectToAction(nameof(Show), new { id }) : Redirect($"/tracker#app-{id}");
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static string Limit(string? text, int max) => (text ?? "").Trim() is var trimmed && trimmed.Length > max ? trimmed[..max] : (text ?? "").Trim();

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
