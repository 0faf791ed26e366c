using JobScout.Core.Listings;
using JobScout.Core.Pay;

namespace JobScout.Tests.Parsing;

/// <summary>Which pay a listing shows when its board's fields, its pay text and its description disagree.</summary>
public sealed class PaySourcesTests
{
    [Fact]
    public void The_description_wins_over_a_board_field_that_disagrees()
    {
        var field = new PayRange(100000, 100000, "USD", PayInterval.Year, 48.08m, 48.08m, "100000.0");

        var pay = PaySources.Choose(field, null, "A flexible annotation project.\nCompensation: $20–$25/hour, paid weekly.");

        Assert.Equal((20m, 25m, PayInterval.Hour), (pay!.Min!.Value, pay.Max!.Value, pay.Interval));
    }

    [Fact]
    public void A_yearly_field_too_small_to_be_a_salary_is_read_as_hourly()
    {
        var field = new PayRange(25, 27, "USD", PayInterval.Year, 0.01m, 0.01m, "USD 25–27 per year");

        var pay = PaySources.Choose(field, null, "Rate chatbot answers from home.");

        Assert.Equal((PayInterval.Hour, 25m, 27m), (pay!.Interval, pay.HourlyMin!.Value, pay.HourlyMax!.Value));
    }

    [Theory]
    [InlineData("We've already paid out over $11M to our engineers.")]
    [InlineData("Every employee gets a $1,000 per employee learning budget.")]
    [InlineData("Weeks 2–4: guaranteed training stipend of $1,000 total.")]
    [InlineData("Employer-paid $50,000 basic life insurance policy.")]
    [InlineData("Players have won close to $100 million in prizes.")]
    public void Money_that_is_not_this_job_s_pay_is_not_read_as_pay(string sentence)
    {
        Assert.Null(PayFinder.Find("Rate AI answers for our clients.\n" + sentence));
    }

    [Fact]
    public void The_sentence_that_states_the_pay_is_chosen_over_earlier_figures()
    {
        var pay = PayFinder.Find("Founded in 2019, we just raised $34m.\nIn accordance with state law, the salary range for this position is $100,000 – $300,000.");

        Assert.Equal((100000m, 300000m, PayInterval.Year), (pay!.Min!.Value, pay.Max!.Value, pay.Interval));
    }
}
