using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace JobScout.Infrastructure.Resumes;

/// <summary>
/// PDF text in reading order: words are grouped into blocks and the blocks ordered by layout, so a two-column
/// resume reads down the left column, then the right, instead of across both.
/// </summary>
public static class PdfResumeReader
{
    public static ResumeDocument Read(byte[] content, ResumeLimits limits, CancellationToken ct)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ResumeReadException("This PDF is password-protected. Save a copy without a password, or paste the text.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new ResumeReadException("This PDF could not be read: it looks damaged. Export it again from your editor, or paste the text.");
        }

        using (document)
        {
            if (document.NumberOfPages > limits.MaxPages)
            {
                throw new ResumeReadException($"This PDF has {document.NumberOfPages} pages; the checker reads resumes of up to {limits.MaxPages} pages.");
            }

            var lines = new List<string>();
            var columns = false;
            var letters = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                ct.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                letters += page.Letters.Count;
                if (page.Letters.Count == 0)
                {
                    continue;
                }

                var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).ToList();
                var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
                columns |= SideBySide(blocks);
                foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
                {
                    lines.AddRange(block.TextLines.Select(l => l.Text.Trim()).Where(t => t.Length > 0));
                }
            }

            if (letters == 0 || lines.Count == 0)
            {
                throw new ResumeReadException("This PDF has no text layer: it is a scan or a picture of text. Export it from your editor as a PDF with text, or paste the text.");
            }

            return new ResumeDocument(ResumeFormat.Pdf, lines, document.NumberOfPages) { HasColumns = columns };
        }
    }

    /// <summary>Two blocks of several lines next to each other at the same height: a column layout.</summary>
    private static bool SideBySide(IReadOnlyList<TextBlock> blocks)
    {
        var tall = blocks.Where(b => b.TextLines.Count >= 2).ToList();
        return tall.Any(left => tall.Any(right =>
            right.BoundingBox.Left > left.BoundingBox.Right
            && right.BoundingBox.Bottom < left.BoundingBox.Top
            && right.BoundingBox.Top > left.BoundingBox.Bottom));
    }
}
