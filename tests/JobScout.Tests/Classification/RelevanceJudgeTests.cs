using JobScout.Core.Classification;
using JobScout.Core.Classification.Relevance;

namespace JobScout.Tests.Classification;

/// <summary>The error classes found on real listings, each written as a listing of the same shape.</summary>
public sealed class RelevanceJudgeTests
{
    private const string GigText = "This is a freelance, fully remote project. You will evaluate AI-generated responses and help train AI models. Pay is $40 per hour, flexible hours.";
    private const string StaffText = "Join our engineering team to build the platform. You will design and ship services. We offer equity, health insurance and paid time off.";

    [Theory]
    [InlineData("Backend Developer for Training AI Models – Rust")]
    [InlineData("Freelance Writer – AI Trainer")]
    [InlineData("Advanced AI Trainer, Software Developer (Tamil)")]
    [InlineData("AI Specialist (Haitian Creole)")]
    [InlineData("Linguistic AI Auditor")]
    [InlineData("Generative AI Analyst")]
    [InlineData("Human Evaluator")]
    [InlineData("Treinador de IA – Português")]
    [InlineData("Entrenador de IA (Remoto)")]
    [InlineData("KI-Trainer (m/w/d)")]
    [InlineData("Online Data Analyst – Canada")]
    public void An_explicit_AI_training_title_is_kept_whatever_profession_it_also_names(string title)
    {
        Assert.True(Judge(title, GigText, "Acme Data").Relevant, Explain(title, GigText, "Acme Data"));
    }

    [Theory]
    [InlineData("Finance Expert", "Mercor")]
    [InlineData("Python Software Engineer", "Outlier")]
    [InlineData("Medical Data Analyst", "Alignerr")]
    [InlineData("Quant Expert", "Mercor")]
    public void A_profession_hired_by_an_AI_training_platform_for_training_work_is_kept(string title, string company)
    {
        Assert.True(Judge(title, GigText, company).Relevant, Explain(title, GigText, company));
    }

    [Theory]
    [InlineData("Software Engineer, Platform", "Mercor")]
    [InlineData("Prompt Engineer", "Acme Software")]
    [InlineData("Senior Python Engineer – Generative AI", "Acme Software")]
    [InlineData("Domain Specialist", "Acme Consulting")]
    public void Staff_roles_stay_out_even_at_AI_companies(string title, string company)
    {
        Assert.False(Judge(title, StaffText, company).Relevant, Explain(title, StaffText, company));
    }

    [Fact]
    public void Paid_recording_for_AI_training_is_data_collection()
    {
        var classification = ListingClassifier.Default.Classify("Voice Talent Required – Galician", "We need native speakers to record short scripts at home. The recordings will be used for AI training. Freelance, paid per hour.", "Acme Voice", null);

        Assert.Contains("data-collector", classification.RoleTypes);
        Assert.Contains("gl", classification.Languages);
    }

    [Fact]
    public void The_verdict_lists_its_evidence_with_weights_that_sum_to_the_score()
    {
        var verdict = Judge("AI Trainer", StaffText, "Acme");

        Assert.Equal(verdict.Evidence.Sum(e => e.Weight), verdict.Score);
        Assert.Contains(verdict.Evidence, e => e.Kind == "title names AI-training work" && e.Shown == "AI Trainer");
    }

    private static RelevanceVerdict Judge(string title, string text, string company) => RelevanceJudge.Default.Judge(title, text, company);

    private static string Explain(string title, string text, string company) =>
        string.Join("; ", Judge(title, text, company).Evidence.Select(e => $"{e.Weight:+0;-0} {e.Kind}: {e.Shown}"));
}
