using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Assessments.Grading;

namespace JobScout.Tests.Assessments;

/// <summary>The grader reads justifications as a person would: wording, times and numbers need not match the key point's.</summary>
public sealed class GraderTests
{
    private static readonly KeyPoint Deadline = new("The deadline is 30 days, not 90", ["30 days", "thirty days", "deadline is wrong"]);
    private static readonly KeyPoint Meeting = new("The meeting is at 13:00", ["meeting at 13:00"]);

    [Theory]
    [InlineData("The meeting is at 13:00")]
    [InlineData("the meeting is at 1 pm, as the invite says")]
    [InlineData("Meeting at 1:00 PM.")]
    [InlineData("At 1pm there is a meeting")]
    public void Times_written_any_way_are_the_same_time(string answer) =>
        Assert.Equal(1, KeyPointScorer.Score(answer, [Meeting])[0].Share);

    [Fact]
    public void A_key_point_pasted_verbatim_is_always_credited()
    {
        var point = new KeyPoint("It follows both instructions", ["follows the format", "obeys both constraints"]);

        var result = KeyPointScorer.Score("Response B is better: it follows both instructions.", [point])[0];

        Assert.True(result.Covered);
        Assert.Equal("It follows both instructions", result.MatchedPhrasing);
    }

    [Theory]
    [InlineData("Landlords get thirty days, so the 90 it gives is wrong.")]
    [InlineData("It is incorrect about the deadline.")]
    [InlineData("The time limit it states is inaccurate.")]
    public void Numbers_in_words_and_synonyms_make_the_point(string answer) =>
        Assert.True(KeyPointScorer.Score(answer, [Deadline])[0].Covered);

    [Fact]
    public void A_sentence_with_most_words_of_a_long_wording_half_makes_it_and_shows_where()
    {
        var point = new KeyPoint("Changing the locks without a court order is illegal eviction", ["illegal eviction"]);

        var result = KeyPointScorer.Score("Changing the locks without a court order first is a problem.", [point])[0];

        Assert.Equal(0.5, result.Share);
        Assert.True(result.Partly);
        Assert.Equal("Changing the locks without a court order first is a problem.", result.MatchedSentence);
        Assert.Contains("lock", result.MatchedWords);
    }

    [Fact]
    public void Empty_copied_and_off_topic_justifications_earn_nothing_and_say_why()
    {
        var item = RatingItem();
        var ratings = item.Dimensions!.ToDictionary(d => d.Key, d => d.Value.Gold);

        var empty = ItemScorer.Score(item, new ItemAnswer { Ratings = ratings, Text = "  " });
        var copied = ItemScorer.Score(item, new ItemAnswer { Ratings = ratings, Text = item.Response });
        var offTopic = ItemScorer.Score(item, new ItemAnswer { Ratings = ratings, Text = "I enjoy hiking in the mountains with my dog every weekend." });

        foreach (var (result, why) in new[] { (empty, "empty"), (copied, "copied"), (offTopic, "off topic") })
        {
            Assert.True(result.JustificationFault is not null, why);
            Assert.Equal(0.8, result.Points, 6);
            Assert.All(result.KeyPoints, k => Assert.Equal(0, k.Share));
            Assert.NotNull(result.JustificationFault);
        }
    }

    [Fact]
    public void An_items_score_and_its_ticks_agree()
    {
        var item = RatingItem();
        var ratings = item.Dimensions!.ToDictionary(d => d.Key, d => d.Value.Gold);

        var result = ItemScorer.Score(item, new ItemAnswer { Ratings = ratings, Text = "The deposit deadline it gives is wrong." });

        Assert.Equal(0.8 + (0.2 * result.KeyPoints.Average(k => k.Share)), result.Points, 6);
        Assert.Equal(0.5, result.KeyPoints.Average(k => k.Share), 6);
    }

    [Theory]
    [InlineData("Highly Meets", 1.0)]
    [InlineData("Highly Meets+", 0.75)]
    [InlineData("Fully Meets", 0.5)]
    [InlineData("Moderately Meets", 0.5)]
    [InlineData("Slightly Meets", 0)]
    public void Needs_met_earns_part_credit_near_the_accepted_rating(string given, double credit) =>
        Assert.Equal(credit, ItemScorer.ScaleCredit(given, new GradedChoice("Highly Meets", ["Highly Meets"]), PackVocabulary.NeedsMet));

    [Theory]
    [InlineData("I would read the Limitation Act on legislation.gov.uk.", 1.0)]
    [InlineData("The statute itself.", 1.0)]
    [InlineData("I'd google it.", 0.5)]
    [InlineData("", 0)]
    [InlineData("My cousin.", 0)]
    public void Where_to_check_a_claim_is_scored_by_the_kind_of_source(string answer, double credit)
    {
        FactClaim[] claims = [new("six years", "supported", "Limitation Act 1980, section 5", "Right.")];

        Assert.Equal(credit, SourceCheck.Score(answer, claims).Credit);
    }

    private static PracticeItem RatingItem() => new("r1", PackVocabulary.Rating,
        "How long does my landlord have to protect my deposit?", "Rate and justify.", "fluent-but-wrong", "The deadline is 30 days.")
    {
        Response = "Your landlord must protect the deposit within 90 days in a government-approved scheme, so there is plenty of time.",
        Dimensions = PackVocabulary.Dimensions.ToDictionary(d => d, _ => new RatingDimension(3, 1, "why")),
        KeyPoints = [Deadline, new KeyPoint("It gives false reassurance to wait", ["false reassurance", "plenty of time is wrong"])],
    };
}
