namespace JobScout.Infrastructure.Resumes;

/// <summary>Reads an uploaded or pasted resume into lines, within the limits, entirely in memory.</summary>
public static class ResumeReader
{
    public static ResumeDocument Read(byte[] content, ResumeLimits limits, CancellationToken ct = default)
    {
        if (content.LongLength > limits.MaxBytes)
        {
            throw new ResumeReadException($"The file is {content.LongLength / 1024.0 / 1024.0:0.#} MB; the checker reads files of up to {limits.MaxBytes / 1024 / 1024} MB.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limits.TimeLimit);
        try
        {
            return ResumeFormatDetector.Detect(content) switch
            {
                ResumeFormat.Pdf => PdfResumeReader.Read(content, limits, timeout.Token),
                ResumeFormat.Docx => DocxResumeReader.Read(content, limits),
                _ => TextResumeReader.Read(content),
            };
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new ResumeReadException($"Reading this file took longer than {limits.TimeLimit.TotalSeconds:0} seconds, so it was stopped. Try a simpler PDF, or paste the text.");
        }
    }
}
