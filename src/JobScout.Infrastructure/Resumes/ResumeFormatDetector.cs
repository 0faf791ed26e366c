using System.IO.Compression;
using System.Text;

namespace JobScout.Infrastructure.Resumes;

/// <summary>Decides a file's type by its content, never by its name.</summary>
public static class ResumeFormatDetector
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Elf = [0x7F, 0x45, 0x4C, 0x46];

    public static ResumeFormat Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            throw new ResumeReadException("The file is empty.");
        }

        // Some PDF writers put a few bytes before the header; the format allows it within the first kilobyte.
        if (content[..Math.Min(content.Length, 1024)].IndexOf(Pdf) >= 0)
        {
            return ResumeFormat.Pdf;
        }

        if (content.StartsWith(Zip))
        {
            return ResumeFormat.Docx;
        }

        if (content.StartsWith("MZ"u8) || content.StartsWith(Elf) || content.StartsWith("#!"u8))
        {
            throw new ResumeReadException("This file is a program, not a resume. Upload a PDF, a Word document (.docx), or plain text.");
        }

        if (content.IndexOf((byte)0) >= 0 || !IsUtf8(content))
        {
            throw new ResumeReadException("This file is not a PDF, a Word document (.docx) or plain text. Older .doc files: save as .docx or PDF first.");
        }

        return ResumeFormat.Text;
    }

    /// <summary>True when the zip holds a Word document (and not a spreadsheet, slides or something else).</summary>
    public static bool IsWordPackage(ZipArchive archive) =>
        archive.GetEntry("[Content_Types].xml") is not null && archive.GetEntry("word/document.xml") is not null;

    private static bool IsUtf8(ReadOnlySpan<byte> content)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
