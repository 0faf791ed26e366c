using JobScout.Core.Classification;

namespace JobScout.Tests.Classification;

public sealed class LevelReaderTests
{
    private static readonly LevelReader Reader = new(Taxonomy.Default);

    [Theory]
    [InlineData("AI Trainer", "You hold a Bachelor's and/or Master's degree in a relevant field.", null)]
    [InlineData("AI Trainer", "We pay higher rates for PhDs. Anyone with strong writing can apply.", null)]
    [InlineData("AI Trainer", "No PhD needed: curiosity and clear writing are what count.", null)]
    [InlineData("Math Expert – AI Trainer (Master's)", "Write and check solutions.", "expert")]
    [InlineData("Legal Reviewer", "You must hold a JD and be a licensed attorney in good standing.", "expert")]
    [InlineData("AI Rater", "3+ years of professional writing experience.", "experienced")]
    [InlineData("AI Rater", "No previous professional experience is required to apply.", "entry")]
    [InlineData("Werkstudent Data Annotation (m/w/d)", "Du unterstützt unser Team.", "entry")]
    [InlineData("Rater", "Rate search results for relevance.", null)]
    public void A_degree_counts_only_when_required_and_experience_sets_the_rest(string title, string text, string? level)
    {
        Assert.Equal(level, Reader.Read(title, text));
    }
}
