using System.Text.Json;
using JobScout.Core.Scams;
using JobScout.Tests.Support;
using Xunit.Abstractions;

namespace JobScout.Tests.Scams;

/// <summary>The scam checker on 48 messages written for it: real-shaped scams and genuine recruiter messages.</summary>
public sealed class ScamMessageTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Message(string Id, string Kind, string Expected, string? ClaimedPlatform, IReadOnlyList<string> Signals, string Text);

    private static List<Message> Messages() =>
        JsonSerializer.Deserialize<List<Message>>(File.ReadAllText(Paths.Fixture("scam-messages.json")), Json)!;

    [Fact]
    public void No_genuine_message_is_called_a_scam_and_the_scams_are_caught()
    {
        var messages = Messages();
        var results = messages.Select(m => (Message: m, Report: ScamChecker.Check(m.Text))).ToList();
        foreach (var (message, report) in results.Where(r => r.Report.Verdict != r.Message.Expected))
        {
            output.WriteLine($"{message.Id} {message.Kind}: expected {message.Expected}, got {report.Verdict} [{string.Join(", ", report.Signals.Select(s => s.Id))}]");
        }

        var genuine = results.Where(r => r.Message.Kind == "genuine").ToList();
        var scams = results.Where(r => r.Message.Kind == "scam").ToList();
        var caught = scams.Count(r => r.Report.Verdict != ScamReport.NoWarningSigns);
        output.WriteLine($"scams caught {caught}/{scams.Count}; genuine flagged as scam {genuine.Count(r => r.Report.Verdict == ScamReport.LikelyScam)}, with caution {genuine.Count(r => r.Report.Verdict == ScamReport.Caution)} of {genuine.Count}");

        Assert.True(messages.Count >= 40);
        Assert.DoesNotContain(genuine, r => r.Report.Verdict == ScamReport.LikelyScam);
        Assert.True(caught >= scams.Count - 2, $"{caught} of {scams.Count} scams caught");
        Assert.True(scams.Count(r => r.Report.Verdict == r.Message.Expected) >= scams.Count - 4);
    }

    [Fact]
    public void The_claimed_platform_is_named_when_the_message_names_or_imitates_it()
    {
        var wrong = Messages().Where(m => m.ClaimedPlatform is not null)
            .Select(m => (m.Id, m.ClaimedPlatform, Found: ScamChecker.Check(m.Text).ClaimedPlatform))
            .Where(r => r.ClaimedPlatform != r.Found)
            .ToList();

        Assert.True(wrong.Count <= 2, string.Join("; ", wrong.Select(w => $"{w.Id}: {w.ClaimedPlatform} vs {w.Found}")));
    }

    [Theory]
    [InlineData("careers@outlier-ai-jobs.com", "outlier.ai")]
    [InlineData("https://dataannotatlon.tech/apply", "dataannotation.tech")]
    [InlineData("https://rnercor.com", "mercor.com")]
    [InlineData("https://outlier.ai.verify-account.com/login", "outlier.ai")]
    [InlineData("https://joinhandshake.co/offer", "joinhandshake.com")]
    [InlineData("https://appen-careers.net", "appen.com")]
    [InlineData("https://tur1ng.com", "turing.com")]
    public void Lookalike_domains_are_named_with_the_domain_they_imitate(string text, string official)
    {
        var report = ScamChecker.Check($"Please apply at {text} today.");

        var signal = Assert.Single(report.Signals, s => s.Id == "lookalike-domain");
        Assert.Contains(official, signal.Explanation, StringComparison.Ordinal);
        Assert.Equal(ScamReport.LikelyScam, report.Verdict);
    }

    [Theory]
    [InlineData("Log in at https://app.outlier.ai to see your tasks.")]
    [InlineData("Your payment from dataannotation.tech is on its way via PayPal.")]
    [InlineData("We never ask for a fee and we will never contact you on WhatsApp.")]
    [InlineData("Check your inbox for the assessment link; it expires in 7 days.")]
    [InlineData("Experience with signal processing is a plus. Pay is $22/hour.")]
    [InlineData("She is a prolific writer who built a rating scale.")]
    public void Ordinary_words_and_official_domains_raise_nothing(string text)
    {
        var report = ScamChecker.Check(text);

        Assert.Equal(ScamReport.NoWarningSigns, report.Verdict);
        Assert.Empty(report.Signals);
    }
}
