namespace JobScout.Infrastructure.Resumes;

public enum ResumeFormat
{
    Pdf,
    Docx,
    Text,
}

/// <summary>A resume as text lines in reading order, with what its layout may do to an applicant-tracking parser.</summary>
public sealed record ResumeDocument(ResumeFormat Format, IReadOnlyList<string> Lines, int Pages)
{
    /// <summary>Text laid out in side-by-side columns (PDF), which simple parsers read across.</summary>
    public bool HasColumns { get; init; }

    /// <summary>Tables (DOCX), whose cells many parsers drop or merge.</summary>
    public bool HasTables { get; init; }

    /// <summary>Text boxes (DOCX), which many parsers skip.</summary>
    public bool HasTextBoxes { get; init; }

    /// <summary>Lines that sit in page headers or footers (DOCX), which many parsers skip.</summary>
    public IReadOnlyList<string> HeaderFooterLines { get; init; } = [];

    public int WordCount => Lines.Sum(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}

/// <summary>A resume that cannot be read, with the message the person sees.</summary>
public sealed class ResumeReadException(string message) : Exception(message);

/// <summary>Caps that keep hostile or huge files from costing more than a real resume.</summary>
public sealed record ResumeLimits
{
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    public int MaxPages { get; init; } = 20;

    /// <summary>A DOCX is a zip: its parts may not unpack beyond this (zip bombs).</summary>
    public long MaxUnpackedBytes { get; init; } = 30 * 1024 * 1024;

    public int MaxZipEntries { get; init; } = 500;

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    public static ResumeLimits Default { get; } = new();
}
