using JobScout.Core.Pay;

namespace JobScout.Tests.Parsing;

public sealed class PayTextParserTests
{
    [Theory]
    [InlineData("$41.50/hour", 41.50, 41.50, "USD", "hour", 41.50, 41.50)]
    [InlineData("Compensation: $41.50/hour", 41.50, 41.50, "USD", "hour", 41.50, 41.50)]
    [InlineData("$60 - $200 hourly", 60, 200, "USD", "hour", 60, 200)]
    [InlineData("$80k - $110k salary", 80000, 110000, "USD", "year", 38.46, 52.88)]
    [InlineData("USD 15-30", 15, 30, "USD", "hour", 15, 30)]
    [InlineData("€25 per hour", 25, 25, "EUR", "hour", 25, 25)]
    [InlineData("£18 per hour", 18, 18, "GBP", "hour", 18, 18)]
    [InlineData("OTE $30k - $40k", 30000, 40000, "USD", "year", 14.42, 19.23)]
    [InlineData("$4,000 per month", 4000, 4000, "USD", "month", 23.08, 23.08)]
    [InlineData("$200 per day", 200, 200, "USD", "day", 25, 25)]
    [InlineData("$1,200/week", 1200, 1200, "USD", "week", 30, 30)]
    [InlineData("$120,000 - $150,000", 120000, 150000, "USD", "year", 57.69, 72.12)]
    public void Reads_ranges_currencies_and_intervals(string text, double min, double max, string currency, string interval, double hourlyMin, double hourlyMax)
    {
        var pay = PayTextParser.Parse(text);

        Assert.NotNull(pay);
        Assert.Equal((decimal)min, pay.Min);
        Assert.Equal((decimal)max, pay.Max);
        Assert.Equal(currency, pay.Currency);
        Assert.Equal(interval, pay.Interval);
        Assert.Equal((decimal)hourlyMin, pay.HourlyMin);
        Assert.Equal((decimal)hourlyMax, pay.HourlyMax);
        Assert.Equal(text, pay.Text);
    }

    [Fact]
    public void Up_to_gives_only_a_maximum()
    {
        var pay = PayTextParser.Parse("Up to $65/hr");

        Assert.NotNull(pay);
        Assert.Null(pay.Min);
        Assert.Equal(65m, pay.Max);
        Assert.Equal(65m, pay.HourlyMax);
    }

    [Theory]
    [InlineData("$0.50 per task")]
    [InlineData("$0.90 per audio minute")]
    public void Piece_rates_have_no_hourly_equivalent(string text)
    {
        var pay = PayTextParser.Parse(text);

        Assert.NotNull(pay);
        Assert.Equal("task", pay.Interval);
        Assert.Null(pay.HourlyMin);
        Assert.Null(pay.HourlyMax);
    }

    [Fact]
    public void A_reversed_range_is_put_in_order()
    {
        var pay = PayTextParser.Parse("$30 - $20 per hour");

        Assert.Equal(20m, pay?.Min);
        Assert.Equal(30m, pay?.Max);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Competitive")]
    [InlineData("Founded in 2019 with 40 people")]
    [InlineData("$")]
    [InlineData("$99999999999999999999999999999999999 per hour")]
    [InlineData("$999999999999999999999991000000.50k a year")]
    [InlineData("$79228162514264337593543950335k annually")]
    [InlineData("£2,000,000k per year")]
    public void Text_without_pay_gives_null_and_never_throws(string? text)
    {
        Assert.Null(PayTextParser.Parse(text));
    }

    [Fact]
    public void An_absurd_upper_figure_leaves_the_sane_lower_one()
    {
        var pay = PayTextParser.Parse("$20 - $99999999999999999999999k per hour");

        Assert.Equal(20m, pay?.Min);
        Assert.Equal(20m, pay?.Max);
        Assert.Equal("hour", pay?.Interval);
    }
}
