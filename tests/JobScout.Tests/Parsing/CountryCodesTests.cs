using JobScout.Core.Sources;

namespace JobScout.Tests.Parsing;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("United States", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("USA", "US")]
    [InlineData("usa only", "US")]
    [InlineData("UK", "GB")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("Germany", "DE")]
    [InlineData("  the netherlands ", "NL")]
    [InlineData("🇧🇷 Brazil", "BR")]
    [InlineData("Canada (Remote)", "CA")]
    [InlineData("DE", "DE")]
    public void Names_and_aliases_map_to_iso_codes(string name, string code)
    {
        Assert.Equal(code, CountryCodes.FromName(name));
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Europe")]
    [InlineData("Worldwide")]
    [InlineData("")]
    [InlineData("ZZ")]
    public void Unknown_names_give_null(string name)
    {
        Assert.Null(CountryCodes.FromName(name));
    }

    [Theory]
    [InlineData("US", true)]
    [InlineData("GB", true)]
    [InlineData("us", false)]
    [InlineData("UK", false)]
    [InlineData("USA", false)]
    public void Is_code_accepts_known_upper_case_codes_only(string text, bool expected)
    {
        Assert.Equal(expected, CountryCodes.IsCode(text));
    }

    [Fact]
    public void A_location_lists_every_country_or_none_at_all()
    {
        Assert.Equal(["US", "CA"], CountryCodes.FromLocation("United States, Canada, USA"));
        Assert.Equal(["GB"], CountryCodes.FromLocation("Remote / UK only"));
        Assert.Empty(CountryCodes.FromLocation("United States, Europe"));
        Assert.Empty(CountryCodes.FromLocation(null));
    }
}
