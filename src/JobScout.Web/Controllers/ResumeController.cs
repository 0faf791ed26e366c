using JobScout.Infrastructure.Resumes;
using JobScout.Infrastructure.Storage;
using JobScout.Web.Hosting;
using JobScout.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace JobScout.Web.Controllers;

/// <summary>
/// The resume keyword checker. The upload is read into memory, checked, and dropped: it is never written to disk,
/// the database or the log.
/// </summary>
[Route("resume")]
public sealed class ResumeController(ListingStore listings) : Controller
{
    // Room above the 5 MB file cap for the form around it, so a 5.5 MB file still gets the checker's own message.
    private const long UploadLimit = Hosting.RequestBodyLimitMiddleware.Limit;
    private const int MaxPastedCharacters = 100_000;

    [HttpGet("")]
    public async Task<IActionResult> Index(long? listing, string? target, CancellationToken ct) =>
        await FormAsync(listing, target ?? "guide", error: null, ct) is var (view, found) && found ? view : NotFound();

    [HttpPost("")]
    [EnableRateLimiting(RateLimitingExtensions.Uploads)]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Check(IFormFile? file, string? text, string? target, long? listing, CancellationToken ct)
    {
        var chosen = target ?? "guide";
        var resolved = await TargetAsync(listing, chosen, ct);
        if (resolved is null)
        {
            return NotFound();
        }

        try
        {
            var document = await ReadAsync(file, text, ct);
            Response.Headers.CacheControl = "no-store";
            return View("Report", new ResumeReportViewModel(ResumeChecker.Check(document, resolved), listing, file?.FileName));
        }
        catch (ResumeReadException exception)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return (await FormAsync(listing, chosen, exception.Message, ct)).View;
        }
    }

    private static async Task<ResumeDocument> ReadAsync(IFormFile? file, string? text, CancellationToken ct)
    {
        if (file is { Length: > 0 })
        {
            if (file.Length > ResumeLimits.Default.MaxBytes)
            {
                throw new ResumeReadException($"The file is {file.Length / 1024.0 / 1024.0:0.#} MB; the checker reads files of up to 5 MB.");
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            return ResumeReader.Read(buffer.ToArray(), ResumeLimits.Default, ct);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            return text.Length > MaxPastedCharacters
                ? throw new ResumeReadException($"The pasted text is longer than {MaxPastedCharacters:N0} characters; paste the resume only.")
                : TextResumeReader.FromText(text);
        }

        throw new ResumeReadException("Choose a file (PDF, DOCX, TXT or Markdown) or paste your resume's text.");
    }

    private async Task<ResumeTarget?> TargetAsync(long? listingId, string target, CancellationToken ct)
    {
        var catalog = ResumeKeywordCatalog.Default;
        if (listingId is { } id)
        {
            return await listings.GetAsync(id, ct) is { } stored ? catalog.ForListing(stored.Id, stored.Listing) : null;
        }

        return target.StartsWith("role:", StringComparison.Ordinal) ? catalog.ForRole(target["role:".Length..]) : catalog.Guide();
    }

    private async Task<(IActionResult View, bool Found)> FormAsync(long? listingId, string target, string? error, CancellationToken ct)
    {
        string? title = null;
        if (listingId is { } id)
        {
            if (await listings.GetAsync(id, ct) is not { } stored)
            {
                return (NotFound(), false);
            }

            title = $"“{stored.Listing.Title}” at {stored.Listing.Company}";
        }

        return (View("Index", new ResumeFormViewModel(ResumeKeywordCatalog.Default.Roles, listingId, title, target, error)), true);
    }
}
