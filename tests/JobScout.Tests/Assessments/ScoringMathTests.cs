using JobScout.Infrastructure.Assessments;

namespace JobScout.Tests.Assessments;

/// <summary>The scoring maths against cases worked by hand.</summary>
public sealed class ScoringMathTests
{
    [Fact]
    public void Tau_b_is_one_for_the_same_order_and_minus_one_for_the_reverse()
    {
        Assert.Equal(1, Agreement.KendallTauB([1, 2, 3, 4], [1, 2, 3, 4])!.Value, 10);
        Assert.Equal(-1, Agreement.KendallTauB([1, 2, 3], [3, 2, 1])!.Value, 10);
    }

    [Fact]
    public void Tau_b_with_a_tie_in_one_ranking()
    {
        // Pairs of (1,2,3,4) vs (1,1,2,3): five concordant, one tied in y only.
        // n0 − n1 = 6, n0 − n2 = 5, τ-b = 5 / √30.
        Assert.Equal(5 / Math.Sqrt(30), Agreement.KendallTauB([1, 2, 3, 4], [1, 1, 2, 3])!.Value, 10);
    }

    [Fact]
    public void Tau_b_with_ties_in_both_rankings()
    {
        // x = (1,1,2,3), y = (1,2,2,3): pairs 12 tied x, 13 C, 14 C, 23 tied y, 24 C, 34 C → C=4, D=0;
        // n0 − n1 = 5, n0 − n2 = 5, τ-b = 4/5.
        Assert.Equal(0.8, Agreement.KendallTauB([1, 1, 2, 3], [1, 2, 2, 3])!.Value, 10);
        // One swapped pair among three: C=2, D=1 → (2−1)/3.
        Assert.Equal(1 / 3.0, Agreement.KendallTauB([1, 2, 3], [2, 1, 3])!.Value, 10);
        Assert.Null(Agreement.KendallTauB([1, 1, 1], [1, 2, 3])); // everything tied: undefined
    }

    [Fact]
    public void Cohens_kappa_against_hand_worked_cases()
    {
        // pₒ = 3/4; pₑ = ½·¼ + ½·¾ = ½; κ = (¾ − ½)/(1 − ½) = ½.
        Assert.Equal(0.5, Agreement.CohenKappa([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")])!.Value, 10);
        Assert.Equal(1, Agreement.CohenKappa([("a", "a"), ("b", "b")])!.Value, 10);
        // Chance-level: pₒ = ½, pₑ = ½ → κ = 0.
        Assert.Equal(0, Agreement.CohenKappa([("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")])!.Value, 10);
        Assert.Null(Agreement.CohenKappa([]));
    }

    [Theory]
    [InlineData(3, 1, 4, true, 1)]
    [InlineData(3, 1, 2, true, 1)]
    [InlineData(3, 1, 5, false, 2)]
    [InlineData(3, 0, 3, true, 0)]
    [InlineData(3, 0, 4, false, 1)]
    [InlineData(1, 1, 2, true, 1)]
    [InlineData(5, 1, 3, false, 2)]
    public void A_rating_is_right_within_its_tolerance(int gold, int tolerance, int given, bool within, int error)
    {
        var dimensions = PackVocabulary.Dimensions.ToDictionary(d => d, _ => new RatingDimension(gold, tolerance, "why"));
        var item = new PracticeItem("r1", PackVocabulary.Rating, "p", "i", "none", "e") { Response = "r", Dimensions = dimensions };

        var result = ItemScorer.Score(item, new ItemAnswer { Ratings = PackVocabulary.Dimensions.ToDictionary(d => d, _ => given) });

        Assert.All(result.Dimensions, d => Assert.Equal(within, d.WithinTolerance));
        Assert.All(result.Dimensions, d => Assert.Equal(error, d.AbsoluteError));
        Assert.Equal(within ? 1.0 : 0.2, result.Points, 10); // no key points: the justification share is full
    }

    [Fact]
    public void Key_points_match_stemmed_whole_words_in_any_order_within_a_sentence()
    {
        KeyPoint[] points =
        [
            new("Names the wrong deadline", ["wrong deadline", "deadline is incorrect"]),
            new("Notes that no source is cited", ["cites no source", "unsupported claim"]),
            new("Mentions safety", ["unsafe"]),
        ];

        var results = KeyPointScorer.Score("The answer gives the wrong deadlines and is citing no sources at all.", points);

        Assert.Equal([true, true, false], results.Select(r => r.Covered));
        Assert.Equal("cites no source", results[1].MatchedPhrasing);
        Assert.True(KeyPointScorer.Score("The deadline it gives is wrong.", points)[0].Covered); // any order, one sentence
        Assert.False(KeyPointScorer.Score("The deadline is fine. The tone is wrong.", points)[0].Covered); // split across sentences
        Assert.True(KeyPointScorer.Score("Unsafe advice", [new("x", ["unsafe"])])[0].Covered);
    }

    [Fact]
    public void An_attempt_summary_reports_accuracy_tau_kappa_and_what_to_practise()
    {
        var pack = new PracticePack("p", "P", 1, "d", "general", 70, 10, null, []);
        ItemResult[] results =
        [
            new("1", PackVocabulary.Pairwise, 1) { ChoiceRight = true },
            new("2", PackVocabulary.Pairwise, 0) { ChoiceRight = false },
            new("3", PackVocabulary.Ranking, 0.8) { TauB = 1 },
            new("4", PackVocabulary.Ranking, 0) { TauB = -1 / 3.0 },
            new("5", PackVocabulary.Label, 1) { LabelPair = new LabelChoice("a", "a") },
            new("6", PackVocabulary.Label, 0) { LabelPair = new LabelChoice("a", "b") },
            new("7", PackVocabulary.Label, 1) { LabelPair = new LabelChoice("b", "b") },
            new("8", PackVocabulary.Label, 1) { LabelPair = new LabelChoice("b", "b") },
        ];

        var summary = AttemptSummary.Of(pack with { Items = Enumerable.Range(0, 8).Select(i => new PracticeItem($"{i}", "label", "", "", "none", "x")).ToList() }, results);

        Assert.Equal(0.5, summary.PairwiseAccuracy);
        Assert.Equal((1 - (1 / 3.0)) / 2, summary.MeanTauB!.Value, 10);
        Assert.Null(summary.LabelKappa); // four labels: percent agreement, not κ
        Assert.Equal(0.75, summary.LabelAgreement);
        Assert.Equal(60.0, summary.Percent);
        Assert.False(summary.Passed);
        Assert.Contains(summary.PractiseNext, p => p.StartsWith("A/B comparison", StringComparison.Ordinal));
    }

    [Fact]
    public void Cohens_kappa_is_reported_from_ten_labels()
    {
        var pack = new PracticePack("p", "P", 1, "d", "general", 70, 10, null,
            Enumerable.Range(0, 10).Select(i => new PracticeItem($"{i}", "label", "", "", "none", "x")).ToList());
        var results = Enumerable.Range(0, 10)
            .Select(i => new ItemResult($"{i}", PackVocabulary.Label, i < 8 ? 1 : 0) { LabelPair = new LabelChoice(i % 2 == 0 ? "a" : "b", i < 8 ? (i % 2 == 0 ? "a" : "b") : "c") })
            .ToList();

        var summary = AttemptSummary.Of(pack, results);

        Assert.NotNull(summary.LabelKappa);
        Assert.Equal(0.8, summary.LabelAgreement);
    }
}
