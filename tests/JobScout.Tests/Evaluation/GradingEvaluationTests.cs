using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Assessments.Grading;
using JobScout.Tests.Support;

namespace JobScout.Tests.Evaluation;

/// <summary>The practice grader against 200+ expert-graded answers (Fixtures/grading): floors just under today's figures.</summary>
public sealed class GradingEvaluationTests
{
    [Fact]
    public void The_grader_agrees_with_expert_graders()
    {
        var packs = Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "data", "assessments"), "*.json").Select(PackLibrary.Load).ToDictionary(p => p.Id);
        var answers = Directory.GetFiles(Paths.Fixture("grading"), "*.jsonl")
            .SelectMany(f => GradedAnswer.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();

        var report = GradingEvaluator.Evaluate(answers, packs.GetValueOrDefault);

        Assert.True(report.Answers >= 200, $"only {report.Answers} graded answers");
        Assert.Equal(0, report.Unmatched);
        Assert.All(GradedAnswer.Kinds, kind => Assert.Contains(answers, a => a.Kind == kind));
        Assert.Equal(PackVocabulary.ItemTypes.Order(), report.PerType.Select(t => t.Group).Order());
        Assert.InRange(report.Overall.Spearman ?? 0, 0.88, 1.0);
        Assert.InRange(report.Overall.MeanAbsoluteError, 0, 6);
        Assert.Empty(report.EmptyCredited);
        Assert.DoesNotContain(report.KeyPointsMissed, m => m.Kind == "verbatim");
    }
}
