using System.Net;
using System.Net.Http.Headers;
using JobScout.Tests.Support;

namespace JobScout.Tests.Resumes;

/// <summary>Uploads through the real site: a report for a good file, a clear message for a bad one, nothing kept.</summary>
public sealed class ResumeUploadTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task An_uploaded_pdf_gets_a_report_and_nothing_of_it_is_stored()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false" });
        using var visitor = SiteSession.Anonymous(factory);

        using var response = await UploadAsync(visitor, ResumeFiles.TwoColumnPdf(), "dana-resume.pdf");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("out of 100", page, StringComparison.Ordinal);
        Assert.Contains("“Fact-checking”", page, StringComparison.Ordinal);
        Assert.Contains("side-by-side columns", page, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var files = Directory.GetFiles(_dir.Path, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(files, f => f.Contains("dana", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_renamed_program_gets_the_form_back_with_a_clear_message()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false" });
        using var visitor = SiteSession.Anonymous(factory);

        using var response = await UploadAsync(visitor, ResumeFiles.ExecutableRenamedPdf(), "resume.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("This file is a program, not a resume.", page, StringComparison.Ordinal);
        Assert.Contains("Check my resume", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_a_page_that_says_why()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false" });
        using var visitor = SiteSession.Anonymous(factory);

        using var tooBig = await UploadAsync(visitor, new byte[9 * 1024 * 1024], "huge.pdf");
        using var fiveAndAHalf = await UploadAsync(visitor, new byte[(5 * 1024 * 1024) + 500_000], "big.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Contains("That upload is too large", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, fiveAndAHalf.StatusCode);
        Assert.Contains("up to 5 MB", await fiveAndAHalf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(SiteSession visitor, byte[] content, string name)
    {
        var token = await visitor.AntiForgeryTokenAsync();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        form.Add(new StringContent("guide"), "target");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await visitor.Client.PostAsync(new Uri("/resume", UriKind.Relative), form);
    }

    public void Dispose() => _dir.Dispose();
}
