using JobScout.Core.Classification;

namespace JobScout.Tests.Parsing;

public sealed class RoleClassifierTests
{
    private const string AiDescription = "You will review and rate responses written by an AI model.";
    private const string PlainDescription = "Join our accounting team in Denver.";

    [Theory]
    [InlineData("Marine Biology Expert for AI Training (Remote)", "ai-trainer,domain-expert")]
    [InlineData("Search Quality Rater – Part-Time", "search-evaluator")]
    [InlineData("RLHF Specialist – Python", "ai-trainer")]
    [InlineData("Data Annotation Associate (Entry Level)", "data-annotator")]
    [InlineData("Fact-Checker, AI Answers", "response-reviewer,fact-checker")]
    [InlineData("Generative AI Evaluator, Healthcare", "model-evaluator")]
    [InlineData("Translation Evaluator (Japanese ↔ English)", "translation-evaluator")]
    [InlineData("Prompt Writer & Evaluator", "prompt-evaluator")]
    public void Training_titles_get_their_role_types(string title, string expected)
    {
        Assert.Equal(expected.Split(','), RoleClassifier.RoleTypes(title, AiDescription));
    }

    [Theory]
    [InlineData("Senior Backend Engineer")]
    [InlineData("Account Executive, Enterprise")]
    [InlineData("Product Designer, Annotation Tools")]
    [InlineData("Machine Learning Research Intern")]
    public void Software_sales_and_design_jobs_at_ai_companies_are_not_training_work(string title)
    {
        Assert.Empty(RoleClassifier.RoleTypes(title, AiDescription));
    }

    [Theory]
    [InlineData("Tax Expert")]
    [InlineData("Medical Transcriptionist")]
    [InlineData("Program Evaluator")]
    public void Weak_titles_need_the_listing_to_be_about_ai(string title)
    {
        Assert.Empty(RoleClassifier.RoleTypes(title, PlainDescription));
        Assert.NotEmpty(RoleClassifier.RoleTypes(title, AiDescription));
    }
}
