using System.Net;
using JobScout.Tests.Support;

namespace JobScout.Tests.Resilience;

/// <summary>One address may try only so many sign-ins and uploads a minute; the next gets 429 and a page saying when to retry.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused_with_retry_after()
    {
        using var factory = Site(signInPerMinute: 3, uploadsPerMinute: 100);
        using var visitor = SiteSession.Anonymous(factory);

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var attempt = await visitor.PostFormAsync("/account/signin", ("email", $"someone{i}@example.com"), ("password", "wrong password here"));
            codes.Add(attempt.StatusCode);
        }

        using var refused = await visitor.PostFormAsync("/account/signin", ("email", "someone@example.com"), ("password", "wrong password here"));
        using var resetToo = await visitor.PostFormAsync("/account/forgot", ("email", "someone@example.com"));

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, codes);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when");
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, resetToo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/search?q=rater")).StatusCode); // searching is not limited
    }

    [Fact]
    public async Task Resume_checks_beyond_the_limit_are_refused()
    {
        using var factory = Site(signInPerMinute: 100, uploadsPerMinute: 2);
        using var visitor = SiteSession.Anonymous(factory);

        var first = await CheckAsync(visitor);
        var second = await CheckAsync(visitor);
        var third = await CheckAsync(visitor);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], [first, second, third]);
    }

    private static async Task<HttpStatusCode> CheckAsync(SiteSession visitor)
    {
        using var response = await visitor.PostFormAsync("/resume", ("text", "Data annotator. Rated chatbot answers against rubrics."), ("target", "guide"));
        return response.StatusCode;
    }

    private JobScoutWebFactory Site(int signInPerMinute, int uploadsPerMinute) => new(_dir.Path, new Dictionary<string, string?>
    {
        ["JobScout:Crawler:Enabled"] = "false",
        ["JobScout:RateLimits:SignInPerMinute"] = signInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["JobScout:RateLimits:UploadsPerMinute"] = uploadsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public void Dispose() => _dir.Dispose();
}
