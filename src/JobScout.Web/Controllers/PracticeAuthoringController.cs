using System.Text.Json;
using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Coaching;
using JobScout.Web.Accounts;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>
/// Coaches write and correct packs in the browser (the pack format, checked on save; a correction raises the version so
/// past results keep theirs) and assign packs to their clients.
/// </summary>
[Authorize(Policy = Policies.Coach)]
public sealed class PracticeAuthoringController(PackLibrary packs, PracticeAssignmentStore assignments, CoachLinkStore links, UserStore users) : Controller
{
    private const int MaxPackCharacters = 400_000;

    [HttpGet("/practice/author")]
    public IActionResult Edit(string? pack)
    {
        var existing = pack is null ? null : packs.Find(pack);
        var json = existing is null ? Template : JsonSerializer.Serialize(existing with { Version = existing.Version + 1, Source = existing.Source }, PackLibrary.Json);
        return View(new PackEditorViewModel(json, null, null, packs.All));
    }

    [HttpPost("/practice/author")]
    public IActionResult Save(string? json)
    {
        var text = json ?? "";
        string? problem;
        PracticePack? pack = null;
        if (text.Length > MaxPackCharacters)
        {
            problem = $"The pack is longer than {MaxPackCharacters:N0} characters.";
        }
        else
        {
            try
            {
                pack = JsonSerializer.Deserialize<PracticePack>(text, PackLibrary.Json);
                problem = pack is null ? "The pack is empty." : packs.Save(pack);
            }
            catch (JsonException exception)
            {
                problem = $"Not valid pack JSON at {exception.Path ?? "the start"} (line {exception.LineNumber + 1}): {exception.Message}";
            }
        }

        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", new PackEditorViewModel(text, problem, null, packs.All));
        }

        return View("Edit", new PackEditorViewModel(text, null, $"Saved “{pack!.Title}”, version {pack.Version}: it is on the practice page now.", packs.All));
    }

    [HttpPost("/coach/clients/{clientId:long}/assignments")]
    public async Task<IActionResult> Assign(long clientId, string? packId, string? note, CancellationToken ct)
    {
        var coachId = User.RequiredUserId();
        if (await links.ActiveAsync(coachId, clientId, ct) is null || packId is null || packs.Find(packId) is null || await users.FindByIdAsync(clientId, ct) is null)
        {
            return NotFound();
        }

        await assignments.AssignAsync(coachId, clientId, packId, (note ?? "").Trim()[..Math.Min((note ?? "").Trim().Length, 500)], ct);
        return Redirect($"/coach/clients/{clientId}?assigned=true");
    }

    private const string Template = """
        {
          "id": "my-pack",
          "title": "My practice pack",
          "version": 1,
          "description": "What this pack practises.",
          "domain": "general",
          "passMark": 70,
          "timeLimitMinutes": 20,
          "source": null,
          "items": [
            {
              "id": "my-pack-01",
              "type": "pairwise",
              "prompt": "The user's question",
              "instructions": "Choose the better response and explain why.",
              "trick": "none",
              "explanation": "Why the expert chose as they did.",
              "responseA": "First answer",
              "responseB": "Second answer",
              "gold": "A",
              "keyPoints": [ { "point": "A is accurate", "phrasings": ["A is accurate", "accurate answer"] } ]
            }
          ]
        }
        """;
}
