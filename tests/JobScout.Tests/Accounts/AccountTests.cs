using System.Net;
using System.Text.RegularExpressions;
using JobScout.Tests.Support;

namespace JobScout.Tests.Accounts;

/// <summary>Registration, sign-in, lockout and password reset through the real site and a real SMTP server.</summary>
public sealed partial class AccountTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly SmtpSink _smtp = new();

    [Fact]
    public async Task Registering_signs_in_and_a_second_account_with_the_same_address_is_refused()
    {
        using var factory = CreateFactory();
        using var visitor = SiteSession.Anonymous(factory);

        using var registered = await visitor.PostFormAsync("/account/register",
            ("email", "ria@example.com"), ("displayName", "Ria"), ("password", SiteSession.Password), ("confirm", SiteSession.Password));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Contains("ria@example.com", await visitor.GetStringAsync("/account"), StringComparison.Ordinal);

        using var other = SiteSession.Anonymous(factory);
        using var again = await other.PostFormAsync("/account/register",
            ("email", "RIA@example.com"), ("password", SiteSession.Password), ("confirm", SiteSession.Password));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already exists", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-address", "correct horse battery", "Enter an e-mail address")]
    [InlineData("sam@example.com", "short", "at least 10 characters")]
    public async Task A_bad_registration_says_what_is_wrong(string email, string password, string message)
    {
        using var factory = CreateFactory();
        using var visitor = SiteSession.Anonymous(factory);

        using var response = await visitor.PostFormAsync("/account/register", ("email", email), ("password", password), ("confirm", password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var factory = CreateFactory();
        using (await SiteSession.SignedInAsync(factory, "lee@example.com"))
        {
        }

        using var attacker = SiteSession.Anonymous(factory);
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await attacker.PostFormAsync("/account/signin", ("email", "lee@example.com"), ("password", $"guess number {i}"));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var fifth = await attacker.PostFormAsync("/account/signin", ("email", "lee@example.com"), ("password", "guess number 5"));
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        using var right = await attacker.PostFormAsync("/account/signin", ("email", "lee@example.com"), ("password", SiteSession.Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("locked until", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_link_arrives_by_email_works_once_and_signs_out_other_sessions()
    {
        using var factory = CreateFactory();
        using var oldSession = await SiteSession.SignedInAsync(factory, "kim@example.com");
        using var visitor = SiteSession.Anonymous(factory);

        using var asked = await visitor.PostFormAsync("/account/forgot", ("email", "kim@example.com"));
        Assert.Contains("Check your e-mail", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mail = await _smtp.WaitForAsync(m => m.To.ToString().Contains("kim@example.com", StringComparison.Ordinal));
        var link = new Uri(ResetLink().Match(mail.TextBody ?? "").Value);
        var token = Uri.UnescapeDataString(link.Query["?token=".Length..]);

        Assert.Contains("Choose a new password", await visitor.GetStringAsync(link.PathAndQuery), StringComparison.Ordinal);
        using var reset = await visitor.PostFormAsync("/account/reset", ("token", token), ("password", "a brand new passphrase"), ("confirm", "a brand new passphrase"));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        using var reuse = await visitor.PostFormAsync("/account/reset", ("token", token), ("password", "another new passphrase"), ("confirm", "another new passphrase"));
        Assert.Equal(HttpStatusCode.BadRequest, reuse.StatusCode);
        Assert.Contains("not valid any more", await reuse.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var stale = await oldSession.GetAsync("/saved");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode); // the old cookie no longer counts
        Assert.Contains("/account/signin", stale.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var signIn = await visitor.PostFormAsync("/account/signin", ("email", "kim@example.com"), ("password", "a brand new passphrase"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Asking_a_reset_for_an_unknown_address_looks_the_same_and_sends_nothing()
    {
        using var factory = CreateFactory();
        using var visitor = SiteSession.Anonymous(factory);

        using var asked = await visitor.PostFormAsync("/account/forgot", ("email", "nobody@example.com"));

        Assert.Contains("Check your e-mail", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(500);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task Without_an_smtp_server_the_reset_mail_is_written_to_the_outbox()
    {
        using var factory = new JobScoutWebFactory(_dir.Path, new Dictionary<string, string?> { ["JobScout:Crawler:Enabled"] = "false" });
        using (await SiteSession.SignedInAsync(factory, "offline@example.com"))
        {
        }

        using var visitor = SiteSession.Anonymous(factory);
        using var asked = await visitor.PostFormAsync("/account/forgot", ("email", "offline@example.com"));

        var file = Assert.Single(Directory.GetFiles(Path.Combine(_dir.Path, "outbox"), "*.eml"));
        var mail = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Equal("Reset your JobScout password", mail.Subject);
        Assert.Matches(ResetLink(), mail.TextBody);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        using var factory = CreateFactory();
        using var visitor = SiteSession.Anonymous(factory);

        using var response = await visitor.PostWithoutTokenAsync("/account/register",
            ("email", "csrf@example.com"), ("password", SiteSession.Password), ("confirm", SiteSession.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private JobScoutWebFactory CreateFactory() => new(_dir.Path, new Dictionary<string, string?>(_smtp.Settings)
    {
        ["JobScout:Crawler:Enabled"] = "false",
    });

    public void Dispose()
    {
        _smtp.Dispose();
        _dir.Dispose();
    }

    [GeneratedRegex(@"http://\S+/account/reset\?token=\S+")]
    private static partial Regex ResetLink();
}
