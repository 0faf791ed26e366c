using JobScout.Infrastructure.Resumes;

namespace JobScout.Tests.Resumes;

/// <summary>Reading resumes: PDF reading order, Word documents whole, and hostile files refused with a clear message.</summary>
public sealed class ResumeReadingTests
{
    [Fact]
    public void A_two_column_pdf_reads_down_each_column_not_across_them()
    {
        var resume = ResumeReader.Read(ResumeFiles.TwoColumnPdf(), ResumeLimits.Default);

        Assert.Equal(ResumeFormat.Pdf, resume.Format);
        Assert.True(resume.HasColumns);
        var text = string.Join("\n", resume.Lines);
        var leftIndexes = ResumeFiles.LeftColumn.Select(l => text.IndexOf(l, StringComparison.Ordinal)).ToList();
        var rightIndexes = ResumeFiles.RightColumn.Select(l => text.IndexOf(l, StringComparison.Ordinal)).ToList();
        Assert.All(leftIndexes.Concat(rightIndexes), i => Assert.True(i >= 0));
        Assert.Equal(leftIndexes.Order(), leftIndexes); // each column in its own order
        Assert.Equal(rightIndexes.Order(), rightIndexes);
        Assert.True(leftIndexes.Max() < rightIndexes.Min() || rightIndexes.Max() < leftIndexes.Min(), text); // never interleaved
        Assert.DoesNotContain(resume.Lines, l => l.Contains("Mar 2023", StringComparison.Ordinal) && l.Contains("SKILLS", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_document_gives_its_paragraphs_table_cells_text_boxes_and_header()
    {
        var resume = ResumeReader.Read(ResumeFiles.Docx(), ResumeLimits.Default);

        Assert.Equal(ResumeFormat.Docx, resume.Format);
        Assert.Contains("Python | Label Studio", resume.Lines);
        Assert.Contains("Rubric scoring | Data annotation", resume.Lines);
        Assert.Contains("Available for remote AI training projects", resume.Lines);
        Assert.Single(resume.Lines, l => l == "Available for remote AI training projects"); // not twice
        Assert.Contains("Sam Reyes · sam.reyes@example.com · +44 20 7946 0958", resume.HeaderFooterLines);
        Assert.True(resume.HasTables);
        Assert.True(resume.HasTextBoxes);
        Assert.Equal("Annotated 12,000 search queries and evaluated model responses for accuracy.", resume.Lines[resume.Lines.ToList().IndexOf("Summary") + 1]);
    }

    [Fact]
    public void Markdown_loses_its_marks_and_keeps_its_lines()
    {
        var resume = ResumeReader.Read("# Experience\n- **Rated** AI answers\n\n> quote\n"u8.ToArray(), ResumeLimits.Default);

        Assert.Equal(["Experience", "Rated AI answers", "quote"], resume.Lines);
    }

    [Theory]
    [InlineData("executable", "a program, not a resume")]
    [InlineData("zip-bomb", "zip bomb")]
    [InlineData("200-pages", "has 200 pages")]
    [InlineData("no-text", "no text layer")]
    [InlineData("binary", "not a PDF, a Word document")]
    [InlineData("damaged-pdf", "looks damaged")]
    [InlineData("empty", "empty")]
    [InlineData("oversized", "up to 5 MB")]
    public void Hostile_or_unreadable_files_are_refused_with_a_clear_message(string kind, string message)
    {
        var content = kind switch
        {
            "executable" => ResumeFiles.ExecutableRenamedPdf(),
            "zip-bomb" => ResumeFiles.ZipBombDocx(),
            "200-pages" => ResumeFiles.PdfWithPages(200),
            "no-text" => ResumeFiles.PdfWithoutText(),
            "binary" => [0xFF, 0xFE, 0x00, 0x01, 0xC3, 0x28],
            "damaged-pdf" => "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"u8.ToArray(),
            "empty" => [],
            _ => new byte[(5 * 1024 * 1024) + 1],
        };

        var error = Assert.Throws<ResumeReadException>(() => ResumeReader.Read(content, ResumeLimits.Default));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_named_as_such()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/workbook.xml").Open();
            entry.Write("<workbook/>"u8);
        }

        var error = Assert.Throws<ResumeReadException>(() => ResumeReader.Read(stream.ToArray(), ResumeLimits.Default));

        Assert.Contains("not a Word document", error.Message, StringComparison.Ordinal);
    }
}
