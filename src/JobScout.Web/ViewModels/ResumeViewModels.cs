using JobScout.Infrastructure.Resumes;

namespace JobScout.Web.ViewModels;

/// <summary>The checker's form, with the listing it is about (if any) and a message when the input could not be read.</summary>
public sealed record ResumeFormViewModel(IReadOnlyList<(string Id, string Label)> Roles, long? ListingId, string? ListingTitle, string Target, string? Error);

public sealed record ResumeReportViewModel(ResumeReport Report, long? ListingId, string? FileName);
