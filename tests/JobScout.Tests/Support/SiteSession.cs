using System.Net;
using System.Text.RegularExpressions;
using JobScout.Infrastructure.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Support;

/// <summary>One browser-like visitor of the test site: its own cookies, anti-forgery tokens taken from real forms, no automatic redirects.</summary>
public sealed partial class SiteSession : IDisposable
{
    public const string Password = "correct horse battery staple";

    private SiteSession(HttpClient client, UserAccount? user)
    {
        Client = client;
        User = user;
    }

    public HttpClient Client { get; }

    public UserAccount? User { get; }

    public long UserId => User?.Id ?? throw new InvalidOperationException("An anonymous session has no account.");

    public static SiteSession Anonymous(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), null);

    /// <summary>Creates the account (any role) and signs in through the real sign-in form.</summary>
    public static async Task<SiteSession> SignedInAsync(WebApplicationFactory<Program> factory, string email, string role = UserRole.Seeker)
    {
        var accounts = factory.Services.GetRequiredService<AccountService>();
        var outcome = await accounts.RegisterAsync(email, email.Split('@')[0], Password, role);
        var user = outcome.User ?? throw new InvalidOperationException(outcome.Error);
        var session = new SiteSession(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), user);
        using var response = await session.PostFormAsync("/account/signin", ("email", email), ("password", Password));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} answered {(int)response.StatusCode}.");
        }

        return session;
    }

    public async Task<HttpResponseMessage> GetAsync(string path) => await Client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetStringAsync(string path) => await Client.GetStringAsync(new Uri(path, UriKind.Relative));

    /// <summary>Posts a form the way a browser does, with a fresh anti-forgery token for this visitor.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, params (string Name, string Value)[] fields)
    {
        var form = new List<KeyValuePair<string, string>>(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)))
        {
            new("__RequestVerificationToken", await TokenAsync()),
        };
        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>Posts without a token, as a cross-site form would.</summary>
    public async Task<HttpResponseMessage> PostWithoutTokenAsync(string path, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public async Task<string> AntiForgeryTokenAsync() => await TokenAsync();

    private async Task<string> TokenAsync()
    {
        var page = await GetStringAsync("/account/signin");
        return TokenPattern().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("No anti-forgery token on the sign-in page.");
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
