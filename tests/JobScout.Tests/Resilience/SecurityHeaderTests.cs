using JobScout.Tests.Support;

namespace JobScout.Tests.Resilience;

/// <summary>The headers every page carries, and HSTS once the visitor is on HTTPS.</summary>
public sealed class SecurityHeaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/listings/999999")]
    [InlineData("/api/search?q=rater")]
    public async Task Every_response_forbids_inline_script_sniffing_and_framing(string path)
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scriptSources = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSources);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    [Fact]
    public async Task Behind_https_the_site_sends_hsts()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["JobScout:Crawler:Enabled"] = "false",
        });
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://jobscout.example.org/") });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=", hsts, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
