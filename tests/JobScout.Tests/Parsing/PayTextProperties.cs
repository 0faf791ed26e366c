using FsCheck;
using FsCheck.Fluent;
using JobScout.Core.Pay;

namespace JobScout.Tests.Parsing;

/// <summary>
/// The pay shapes real listings use, generated over their whole range of figures: each must read as the range it
/// states, in its currency and interval, with its hourly equivalent, wherever it stands in a sentence.
/// </summary>
public sealed class PayTextProperties
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(500);
    private const decimal HoursPerYear = 2080m;

    private static Arbitrary<(int Low, int High)> HourlyPairs() =>
        Gen.Choose(5, 300).SelectMany(low => Gen.Choose(low, 400).Select(high => (Low: low, High: high))).ToArbitrary();

    private static readonly string[] HourlyShapes =
    [
        "${0}-${1}/hour", "${0} - ${1} per hour", "${0}/hour - ${1}/hour", "${0}/hr – ${1}/hr", "${0} to ${1} an hour", "USD {0}-{1} hourly",
    ];

    [Fact]
    public void An_hourly_range_in_any_common_shape_reads_as_that_range()
    {
        Prop.ForAll(HourlyPairs(), Gen.Elements(HourlyShapes).ToArbitrary(), (pair, shape) =>
        {
            var range = PayTextParser.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, pair.Low, pair.High));
            return range is { Currency: "USD", Interval: "hour" } && range.Min == pair.Low && range.Max == pair.High
                   && range.HourlyMin == pair.Low && range.HourlyMax == pair.High;
        }).Check(Many);
    }

    [Fact]
    public void A_thousands_range_is_yearly_on_both_ends()
    {
        var pairs = Gen.Choose(20, 400).SelectMany(low => Gen.Choose(low, 500).Select(high => (Low: low, High: high))).ToArbitrary();
        Prop.ForAll(pairs, Gen.Elements("${0}k-${1}k", "${0}-{1}k", "${0}K – ${1}K per year", "${0},000 - ${1},000 a year").ToArbitrary(), (pair, shape) =>
        {
            var range = PayTextParser.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, pair.Low, pair.High));
            return range is { Interval: "year" } && range.Min == pair.Low * 1000m && range.Max == pair.High * 1000m
                   && range.HourlyMin == Math.Round(pair.Low * 1000m / HoursPerYear, 2) && range.HourlyMax == Math.Round(pair.High * 1000m / HoursPerYear, 2);
        }).Check(Many);
    }

    [Fact]
    public void Up_to_a_figure_has_no_minimum()
    {
        Prop.ForAll(Gen.Choose(5, 400).ToArbitrary(), Gen.Elements("Up to ${0}/hour", "up to ${0} per hour", "Earn up to ${0}/hr").ToArbitrary(), (amount, shape) =>
        {
            var range = PayTextParser.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, amount));
            return range is { Min: null, Interval: "hour" } && range.Max == amount;
        }).Check(Many);
    }

    [Fact]
    public void Words_around_the_pay_do_not_change_it()
    {
        var around = Gen.Elements("", "Pay: ", "Compensation: ", "We offer ", "Rate ").SelectMany(before =>
            Gen.Elements("", ", paid weekly", " depending on expertise", ". Flexible hours.").Select(after => (before, after))).ToArbitrary();
        Prop.ForAll(HourlyPairs(), around, (pair, words) =>
        {
            var bare = PayTextParser.Parse($"${pair.Low}-${pair.High}/hour");
            var framed = PayTextParser.Parse($"{words.before}${pair.Low}-${pair.High}/hour{words.after}");
            return framed is not null && bare is not null && framed.Min == bare.Min && framed.Max == bare.Max && framed.Interval == bare.Interval;
        }).Check(Many);
    }

    [Fact]
    public void A_range_written_high_to_low_is_the_same_range()
    {
        Prop.ForAll(HourlyPairs(), pair =>
        {
            var forward = PayTextParser.Parse($"${pair.Low} - ${pair.High} per hour");
            var backward = PayTextParser.Parse($"${pair.High} - ${pair.Low} per hour");
            return forward is not null && backward is not null && forward.Min == backward.Min && forward.Max == backward.Max;
        }).Check(Many);
    }
}
