using System.Net;
using System.Text.Json;
using JobScout.Cli;
using JobScout.Tests.Support;

namespace JobScout.Tests.Scams;

/// <summary>The checker where people use it: /check in the site and <c>jobscout check-message</c>.</summary>
public sealed class ScamCheckSurfaceTests : IDisposable
{
    private const string Scam = "Hello from Outlier HR! Add me on Telegram to start today. Pay the $45 onboarding fee at outlier-ai-jobs.com.";
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task The_check_page_explains_each_sign_and_names_the_platform()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false" });
        using var visitor = SiteSession.Anonymous(factory);

        using var scam = await visitor.PostFormAsync("/check", ("message", Scam));
        var page = WebUtility.HtmlDecode(await scam.Content.ReadAsStringAsync());
        Assert.Contains("Likely a scam", page, StringComparison.Ordinal);
        Assert.Contains("It claims to come from <strong>Outlier</strong>", page, StringComparison.Ordinal);
        Assert.Contains("lookalike-domain", page, StringComparison.Ordinal);
        Assert.Contains("off-platform-contact", page, StringComparison.Ordinal);

        using var genuine = await visitor.PostFormAsync("/check", ("message", "Your Outlier assessment is ready at https://app.outlier.ai; it expires in 7 days."));
        Assert.Contains("No warning signs found", await genuine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var empty = await visitor.PostFormAsync("/check", ("message", " "));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Check_message_prints_the_json_contract()
    {
        var file = Path.Combine(_dir.Path, "message.txt");
        await File.WriteAllTextAsync(file, Scam);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await JobScoutCommand.RunAsync(["check-message", file, "--json"], stdout, stderr);

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(["verdict", "claimedPlatform", "signals"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("likely-scam", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("outlier", json.RootElement.GetProperty("claimedPlatform").GetString());
        Assert.Contains(json.RootElement.GetProperty("signals").EnumerateArray(), s => s.GetProperty("id").GetString() == "upfront-payment");
    }

    public void Dispose() => _dir.Dispose();
}
