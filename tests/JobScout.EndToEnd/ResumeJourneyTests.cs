using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit.Abstractions;

namespace JobScout.EndToEnd;

/// <summary>A job seeker checks a two-column PDF resume against a listing, and a hostile upload is turned away.</summary>
[Collection(SiteTestGroup.Name)]
public sealed class ResumeJourneyTests(SiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public async Task A_seeker_checks_a_pdf_resume_against_a_listing_and_reads_what_to_add()
    {
        var listing = (await site.Services.GetRequiredService<ListingStore>().NewestAsync(50)).First(l => l.Listing.Title.StartsWith("AI Rater", StringComparison.Ordinal));
        var resume = Path.Combine(Path.GetTempPath(), $"resume-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(resume, TwoColumnResume());
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        await page.GotoAsync(site.Url($"/listings/{listing.Id}"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Check my resume against this listing" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Checking against the listing “{listing.Listing.Title}”")).ToBeVisibleAsync();
        await page.GetByLabel("Your resume file").SetInputFilesAsync(resume);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my resume" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameString = "Your resume against" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".found-keywords")).ToContainTextAsync("“Rated chatbot answers against a rubric”");

        await Assertions.Expect(page.Locator("table.frequency")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".checks")).ToContainTextAsync("side-by-side columns");
        await Screenshot(page, "r-1-resume-report.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        File.Delete(resume);
    }

    [Fact]
    public async Task A_program_renamed_as_a_pdf_is_refused_with_a_clear_message()
    {
        var fake = Path.Combine(Path.GetTempPath(), $"resume-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(fake, [.. "MZ"u8.ToArray(), 0x90, 0x00, .. new byte[300]]);
        var page = await site.Browser.NewPageAsync();

        await page.GotoAsync(site.Url("/resume"));
        await page.GetByLabel("Your resume file").SetInputFilesAsync(fake);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my resume" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This file is a program, not a resume.");
        await Screenshot(page, "r-2-resume-refused.png");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        File.Delete(fake);
    }

    private static byte[] TwoColumnResume()
    {
        string[] left =
        [
            "EXPERIENCE", "AI Rater, Lumen Data (Mar 2023 - Present)", "Rated chatbot answers against a rubric",
            "Explained each score in written feedback", "Paralegal, Hart and Vale (2018 - 2023)", "Researched statutes and case law",
        ];
        string[] right = ["SKILLS", "Legal research", "Attention to detail", "EDUCATION", "J.D., Riverside Law School", "dana@example.com"];
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var pdf = builder.AddPage(595, 842);
        pdf.AddText("Dana Okafor", 18, new PdfPoint(50, 790), font);
        for (var i = 0; i < left.Length; i++)
        {
            pdf.AddText(left[i], 10, new PdfPoint(50, 740 - (i * 16)), font);
        }

        for (var i = 0; i < right.Length; i++)
        {
            pdf.AddText(right[i], 10, new PdfPoint(340, 740 - (i * 16)), font);
        }

        return builder.Build();
    }

    private Task Screenshot(IPage page, string name) => Screenshots.TakeAsync(page, name, output);
}
