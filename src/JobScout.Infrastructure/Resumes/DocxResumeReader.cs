using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace JobScout.Infrastructure.Resumes;

/// <summary>
/// Word documents with the Open XML SDK: body paragraphs and tables in document order, text boxes, headers and
/// footers. The zip is measured before anything is unpacked, so a zip bomb is refused cheaply.
/// </summary>
public static class DocxResumeReader
{
    private const string AlternateContentFallback = "Fallback";

    public static ResumeDocument Read(byte[] content, ResumeLimits limits)
    {
        CheckPackage(content, limits);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes });
            var body = document.MainDocumentPart?.Document?.Body ?? throw new ResumeReadException("This Word document has no body text.");
            var lines = new List<string>();
            var tables = false;
            foreach (var element in body.Elements())
            {
                if (element is W.Table table)
                {
                    tables = true;
                    lines.AddRange(table.Descendants<W.TableRow>().Select(row =>
                        string.Join(" | ", row.Elements<W.TableCell>().Select(cell => string.Join(" ", cell.Descendants<W.Paragraph>().Select(Text)).Trim()))));
                }
                else
                {
                    lines.AddRange(element.Descendants<W.Paragraph>().Prepend(element as W.Paragraph).OfType<W.Paragraph>()
                        .Where(p => !InFallback(p)).Select(Text));
                }
            }

            var textBoxes = body.Descendants<W.TextBoxContent>().Any();
            var headerFooter = document.MainDocumentPart!.HeaderParts.Select(h => h.Header as OpenXmlElement)
                .Concat(document.MainDocumentPart.FooterParts.Select(f => f.Footer))
                .Where(e => e is not null)
                .SelectMany(e => e!.Descendants<W.Paragraph>().Where(p => !InFallback(p)).Select(Text))
                .Where(t => t.Length > 0)
                .Distinct()
                .ToList();
            var all = headerFooter.Concat(lines.Select(l => l.Trim()).Where(l => l.Length > 0 && l.Replace("|", "", StringComparison.Ordinal).Trim().Length > 0)).ToList();
            if (all.Count == 0)
            {
                throw new ResumeReadException("This Word document has no text.");
            }

            var words = all.Sum(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            return new ResumeDocument(ResumeFormat.Docx, all, Math.Max(1, (words + 499) / 500))
            {
                HasTables = tables,
                HasTextBoxes = textBoxes,
                HeaderFooterLines = headerFooter,
            };
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw new ResumeReadException("This Word document could not be read: it looks damaged. Save it again, export a PDF, or paste the text.");
        }
    }

    /// <summary>Refuses zips that are not Word documents, or whose parts would unpack beyond the limits.</summary>
    private static void CheckPackage(byte[] content, ResumeLimits limits)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (!ResumeFormatDetector.IsWordPackage(archive))
            {
                throw new ResumeReadException("This zip file is not a Word document. Upload a .docx, a PDF, or plain text.");
            }

            if (archive.Entries.Count > limits.MaxZipEntries || archive.Entries.Sum(e => e.Length) > limits.MaxUnpackedBytes)
            {
                throw new ResumeReadException("This Word document unpacks to far more than any resume (a possible zip bomb), so it was not opened.");
            }
        }
        catch (InvalidDataException)
        {
            throw new ResumeReadException("This Word document could not be read: it looks damaged. Save it again, export a PDF, or paste the text.");
        }
    }

    /// <summary>A paragraph's own text: runs and tabs, without the text of text boxes nested inside it (read on their own).</summary>
    private static string Text(W.Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Where(e => e is W.Text or W.TabChar && Owner(e) == paragraph)
            .Select(e => e is W.Text text ? text.Text : " ")).Trim();

    private static W.Paragraph? Owner(OpenXmlElement element) => element.Ancestors<W.Paragraph>().FirstOrDefault();

    /// <summary>Text boxes are stored twice (modern and legacy); the legacy copy sits in mc:Fallback.</summary>
    private static bool InFallback(OpenXmlElement element) => element.Ancestors().Any(a => a.LocalName == AlternateContentFallback);
}
