using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace JobScout.Cli.Benchmarks;

/// <summary>A realistic two-page, two-column resume PDF (about 700 words), made with PdfPig's writer.</summary>
internal static class SyntheticResume
{
    private static readonly string[] Roles =
    [
        "AI Rater, Lumen Data (Mar 2023 - Present)", "Search Quality Rater, Northwind (2021 - 2023)",
        "Paralegal, Hart and Vale LLP (2018 - 2021)", "Legal Research Assistant, Riverside Law (2016 - 2018)",
    ];

    private static readonly string[] Bullets =
    [
        "Rated chatbot answers on a 7-point rubric for accuracy and helpfulness",
        "Ranked up to five model responses and wrote a justification for each choice",
        "Fact-checked legal citations against primary sources and case law",
        "Annotated contracts for clause type, risk and governing law",
        "Rewrote weak answers into clear, well-organised responses",
        "Calibrated with reviewers on edge cases and trick prompts",
        "Rated search results for Needs Met and Page Quality",
        "Kept a 98 percent pass rate in weekly quality audits",
    ];

    private static readonly string[] Sidebar =
    [
        "CONTACT", "dana.okafor@example.com", "+1 415 555 0134", "SKILLS", "Legal research", "Rubric scoring", "Written feedback",
        "Excel and Google Sheets", "Attention to detail", "EDUCATION", "J.D., Riverside Law School", "B.A. English, 2012", "LANGUAGES",
        "English (native)", "Spanish (fluent)",
    ];

    public static byte[] TwoPagePdf()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        for (var pageNumber = 0; pageNumber < 2; pageNumber++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText(pageNumber == 0 ? "Dana Okafor - AI Trainer and Legal Reviewer" : "Dana Okafor - page 2", 16, new PdfPoint(40, 800), bold);
            var y = 760.0;
            page.AddText("EXPERIENCE", 11, new PdfPoint(40, y), bold);
            foreach (var role in Roles)
            {
                y -= 18;
                page.AddText(role, 10, new PdfPoint(40, y), bold);
                foreach (var bullet in Bullets)
                {
                    y -= 14;
                    page.AddText("- " + bullet, 9, new PdfPoint(48, y), font);
                }
            }

            for (var i = 0; i < Sidebar.Length; i++)
            {
                page.AddText(Sidebar[i], 9, new PdfPoint(420, 760 - (i * 15)), font);
            }
        }

        return builder.Build();
    }
}
