using JobScout.Core.Listings;
using JobScout.Core.Pay;
using JobScout.Core.Sources;

namespace JobScout.Tests.Parsing;

public sealed class CurrencyRatesTests
{
    [Fact]
    public void A_listing_keeps_its_currency_and_gains_its_hourly_figures_in_dollars()
    {
        var listing = ListingNormalizer.Normalize(new ListingDraft
        {
            Source = "jsonl:test",
            SourceId = "1",
            Title = "Data Annotator",
            Company = "Acme",
            PayText = "€20–€25 per hour",
        });
        var rate = CurrencyRates.Default.UsdPerUnit["EUR"];

        Assert.Equal("EUR", listing.Pay!.Currency);
        Assert.Equal(20m, listing.Pay.HourlyMin);
        Assert.Equal(Math.Round(20m * rate, 2), listing.Pay.HourlyUsdMin);
        Assert.Equal(Math.Round(25m * rate, 2), listing.Pay.HourlyUsdMax);
    }

    [Fact]
    public void Pay_in_a_currency_without_a_rate_has_no_dollar_figures_and_the_table_is_dated()
    {
        var pay = CurrencyRates.Default.WithUsd(new PayRange(10, 12, "XYZ", PayInterval.Hour, 10, 12, "XYZ 10-12/h"));

        Assert.Null(pay.HourlyUsdMin);
        Assert.Equal(1m, CurrencyRates.Default.UsdPerUnit["USD"]);
        Assert.True(DateOnly.TryParse(CurrencyRates.Default.Recorded, System.Globalization.CultureInfo.InvariantCulture, out _));
    }
}
