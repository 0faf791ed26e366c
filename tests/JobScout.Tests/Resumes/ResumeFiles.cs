using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using V = DocumentFormat.OpenXml.Vml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace JobScout.Tests.Resumes;

/// <summary>Resume files made in the test: real PDFs (PdfPig's writer) and real Word documents (Open XML SDK).</summary>
internal static class ResumeFiles
{
    public static readonly string[] LeftColumn =
    [
        "EXPERIENCE", "AI Rater, Lumen Data", "Mar 2023 - Present", "Rated chatbot answers on a rubric", "Annotated legal contracts",
        "Paralegal, Hart and Vale", "2018 - 2023", "Researched statutes",
    ];

    public static readonly string[] RightColumn =
    [
        "SKILLS", "Fact-checking", "Written feedback", "Legal research", "EDUCATION", "J.D. Riverside Law", "CONTACT", "dana@example.com",
    ];

    /// <summary>A one-page resume in two columns placed side by side; the writer emits the right column first to test ordering.</summary>
    public static byte[] TwoColumnPdf()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText("Dana Okafor - AI Trainer", 16, new PdfPoint(50, 790), font);
        for (var i = 0; i < RightColumn.Length; i++)
        {
            page.AddText(RightColumn[i], 10, new PdfPoint(330, 740 - (i * 16)), font);
        }

        for (var i = 0; i < LeftColumn.Length; i++)
        {
            page.AddText(LeftColumn[i], 10, new PdfPoint(50, 740 - (i * 16)), font);
        }

        return builder.Build();
    }

    public static byte[] PdfWithPages(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++)
        {
            builder.AddPage(595, 842).AddText($"Page {i}: evaluated model responses against a rubric.", 11, new PdfPoint(50, 780), font);
        }

        return builder.Build();
    }

    /// <summary>A PDF whose page holds only a drawn shape: what a scanned resume looks like to a text extractor.</summary>
    public static byte[] PdfWithoutText()
    {
        using var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842).DrawRectangle(new PdfPoint(50, 50), 400, 600);
        return builder.Build();
    }

    /// <summary>A Word resume: contact details in the header, body paragraphs, a skills table, a text box and a footer.</summary>
    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new W.Header(Paragraph("Sam Reyes · sam.reyes@example.com · +44 20 7946 0958"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new W.Footer(Paragraph("References on request"));
            var table = new W.Table(
                new W.TableRow(Cell("Python"), Cell("Label Studio")),
                new W.TableRow(Cell("Rubric scoring"), Cell("Data annotation")));
            var textBox = new W.Paragraph(new W.Run(new W.Picture(new V.Shape(new V.TextBox(new W.TextBoxContent(Paragraph("Available for remote AI training projects")))))));
            main.Document = new W.Document(new W.Body(
                Paragraph("Summary"),
                Paragraph("Annotated 12,000 search queries and evaluated model responses for accuracy."),
                Paragraph("Experience"),
                Paragraph("Search Quality Rater, Northwind (2021 – 2024)"),
                table,
                textBox,
                new W.SectionProperties(
                    new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) })));
        }

        return stream.ToArray();
    }

    /// <summary>A tiny zip that claims to be a Word document and unpacks to 64 MB of zeros.</summary>
    public static byte[] ZipBombDocx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Write(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
            using var bomb = zip.CreateEntry("word/media/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                bomb.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The first bytes of a Windows program, saved under a .pdf name.</summary>
    public static byte[] ExecutableRenamedPdf() => [.. "MZ"u8.ToArray(), 0x90, 0x00, 0x03, 0x00, .. new byte[200]];

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }

    private static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static W.TableCell Cell(string text) => new(Paragraph(text));
}
