using System.CommandLine;
using JobScout.Infrastructure.Resumes;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Cli.Commands;

/// <summary><c>resume-check FILE [--listing ID] [--role ID] [--json]</c>: the resume keyword report. The file is read in memory only.</summary>
public static class ResumeCheckCommand
{
    public static Command Create(CliOutput output)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A resume: PDF, DOCX, TXT or Markdown (the type is read from the content)." };
        var listing = new Option<long?>("--listing") { Description = "Check against this stored listing's terms and phrases." };
        var role = new Option<string?>("--role") { Description = "Check against a role type's keywords (e.g. rater, data-annotator)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: score, breakdown, matched, missing, checks." };
        var command = new Command("resume-check", "Check a resume's keywords against the guide, a role type or a listing.") { file, listing, role, json };
        command.SetAction((parseResult, ct) => CliHost.RunAsync(parseResult, output, async (services, token) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliException($"No such file: {path.FullName}");
            }

            var target = await TargetAsync(services, parseResult.GetValue(listing), parseResult.GetValue(role), token);
            ResumeReport report;
            try
            {
                var limits = ResumeLimits.Default;
                var content = path.Length > limits.MaxBytes ? new byte[path.Length] : await File.ReadAllBytesAsync(path.FullName, token);
                report = ResumeChecker.Check(ResumeReader.Read(content, limits, token), target);
            }
            catch (ResumeReadException exception)
            {
                throw new CliException(exception.Message);
            }

            await output.Out.WriteLineAsync(parseResult.GetValue(json) ? ResumeReportJson.Write(report) : ResumeReportText.Write(report));
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static async Task<ResumeTarget> TargetAsync(IServiceProvider services, long? listingId, string? roleId, CancellationToken ct)
    {
        var catalog = ResumeKeywordCatalog.Default;
        if (listingId is { } id)
        {
            var stored = await services.GetRequiredService<ListingStore>().GetAsync(id, ct) ?? throw new CliException($"No listing with id {id}.");
            return catalog.ForListing(stored.Id, stored.Listing);
        }

        return roleId is null
            ? catalog.Guide()
            : catalog.ForRole(roleId) ?? throw new CliException($"Unknown role type \"{roleId}\"; known: {string.Join(", ", catalog.Roles.Select(r => r.Id))}.");
    }
}
