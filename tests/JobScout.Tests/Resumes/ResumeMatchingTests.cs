using JobScout.Core.Sources;
using JobScout.Infrastructure.Resumes;

namespace JobScout.Tests.Resumes;

/// <summary>Matching the way people write: stems, synonyms, phrases, whole words only; and the same report every time.</summary>
public sealed class ResumeMatchingTests
{
    private static ResumeTarget Target(params (string Text, string[] Forms)[] keywords) =>
        new("test", "test keywords", keywords.Select(k => new ResumeKeyword(k.Text, KeywordCategory.Task, k.Forms, $"Add {k.Text}.")).ToList());

    private static ResumeReport Check(string resume, ResumeTarget target) => ResumeChecker.Check(TextResumeReader.FromText(resume), target);

    [Theory]
    [InlineData("Annotated 4,000 legal contracts", "annotation")]
    [InlineData("Annotations reviewed weekly", "annotation")]
    [InlineData("Rated chatbot answers", "rating")]
    [InlineData("Evaluated model responses daily", "model evaluation")] // a variant, stemmed
    [InlineData("Fact checked every citation", "fact-checking")]
    [InlineData("Experience with RLHF pipelines", "human feedback")] // a taxonomy synonym
    public void Inflected_and_synonymous_wording_counts(string line, string keyword)
    {
        var catalogKeyword = keyword == "model evaluation"
            ? ResumeKeywordCatalog.Default.Guide().Keywords.Single(k => k.Text == keyword)
            : null;
        var target = catalogKeyword is not null
            ? new ResumeTarget("t", "t", [catalogKeyword])
            : Target((keyword, keyword == "human feedback" ? ["rlhf", "reinforcement learning from human feedback"] : []));

        var report = Check(line, target);

        Assert.Equal(line, Assert.Single(report.Matched).Line);
    }

    [Fact]
    public void JS_counts_as_JavaScript_through_the_taxonomy_synonyms()
    {
        var listing = ListingNormalizer.Normalize(new ListingDraft
        {
            Source = "jsonl:test",
            SourceId = "1",
            Title = "Coding Evaluator – JavaScript",
            Company = "Acme",
            DescriptionHtml = "<p>Review JavaScript code written by AI models and rate it.</p>",
        });
        var target = ResumeKeywordCatalog.Default.ForListing(1, listing);

        var report = Check("Skills: JS, SQL", target);

        Assert.Contains(report.Matched, m => m.Keyword == "JavaScript" && m.Line == "Skills: JS, SQL");
    }

    [Fact]
    public void A_listing_lends_the_phrases_it_repeats_never_across_punctuation()
    {
        var listing = ListingNormalizer.Normalize(new ListingDraft
        {
            Source = "jsonl:test",
            SourceId = "2",
            Title = "Medical Response Reviewer (Contract, Remote)",
            Company = "Acme",
            DescriptionHtml = "<p>Review clinical summaries written by AI. Clinical summaries must be accurate. You will grade clinical summaries, then flag unsafe advice; unsafe advice is common.</p>",
        });

        var target = ResumeKeywordCatalog.Default.ForListing(2, listing);
        var phrases = target.Keywords.Where(k => k.Category == KeywordCategory.ListingPhrase).Select(k => k.Text).ToList();

        Assert.Contains("clinical summaries", phrases);
        Assert.Contains("unsafe advice", phrases);
        Assert.DoesNotContain(phrases, p => p.Contains(',', StringComparison.Ordinal) || p.Contains('(', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Built JavaScript apps", "Java")]
    [InlineData("Generating reports", "rating")]
    [InlineData("Research & Development", "R")]
    [InlineData("Annotator-in-chief", "annotation project")]
    public void A_keyword_never_matches_inside_another_word(string line, string keyword)
    {
        var report = Check(line, Target((keyword, [])));

        Assert.Empty(report.Matched);
        Assert.Equal(keyword, Assert.Single(report.Missing).Keyword);
    }

    [Fact]
    public void A_phrase_needs_its_words_together_and_in_order()
    {
        var target = Target(("search evaluation", []));

        Assert.Empty(Check("Evaluation of search engines", target).Matched);
        Assert.Single(Check("Led search evaluation projects", target).Matched);
        Assert.Single(Check("Led search-evaluation projects", target).Matched);
    }

    [Fact]
    public void Short_and_symbol_keywords_match_exactly()
    {
        Assert.Single(Check("Languages: C#, R, Go", Target(("C#", []), ("R", []))).Matched.Where(m => m.Keyword is "C#" or "R"), m => m.Keyword == "C#");
        Assert.Equal(2, Check("Languages: C#, R, Go", Target(("C#", []), ("R", []))).Matched.Count);
        Assert.Empty(Check("Languages: C, r", Target(("C#", []), ("R", []))).Matched);
    }

    [Theory]
    [InlineData("Paralegal (2018 - 2023)\nme@example.com", false)]
    [InlineData("me@example.com · +1 415 555 0134", true)]
    [InlineData("me@example.com · (020) 7946-0958", true)]
    public void A_phone_number_is_not_mistaken_for_a_date_range(string resume, bool hasPhone)
    {
        var contact = Check(resume, Target(("x", []))).Checks.Single(c => c.Name == "contact");

        Assert.Equal(hasPhone, contact.Passed);
    }

    [Fact]
    public void The_same_resume_and_target_always_give_the_same_report()
    {
        var resume = ResumeReader.Read(ResumeFiles.TwoColumnPdf(), ResumeLimits.Default);
        var target = ResumeKeywordCatalog.Default.Guide();

        var first = ResumeReportJson.Write(ResumeChecker.Check(resume, target));
        var second = ResumeReportJson.Write(ResumeChecker.Check(ResumeReader.Read(ResumeFiles.TwoColumnPdf(), ResumeLimits.Default), target));

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_score_adds_up_from_its_breakdown_and_every_miss_has_a_suggestion()
    {
        var report = Check("Experience\nEvaluated model responses against a rubric and wrote concise feedback.\nEducation\nSkills\nme@example.com", ResumeKeywordCatalog.Default.Guide());

        Assert.Equal(report.Score, (int)Math.Round(report.Breakdown.Sum(p => p.Points), MidpointRounding.AwayFromZero));
        Assert.Equal(100, Math.Round(report.Breakdown.Sum(p => p.MaxPoints)));
        Assert.All(report.Missing, m => Assert.False(string.IsNullOrWhiteSpace(m.Suggestion)));
        Assert.Contains(report.Matched, m => m.Keyword == "rubric scoring");
        Assert.Contains(report.Matched, m => m.Keyword == "written feedback");
        Assert.Equal(10, report.Matched.Count + report.Missing.Count);
    }
}
