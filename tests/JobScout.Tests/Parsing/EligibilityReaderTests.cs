using JobScout.Core.Classification;

namespace JobScout.Tests.Parsing;

public sealed class EligibilityReaderTests
{
    [Theory]
    [InlineData("Remote - United States, Canada", "US,CA")]
    [InlineData("Remote (US, Canada)", "US,CA")]
    [InlineData("US only", "US")]
    [InlineData("USA Only", "US")]
    [InlineData("Fully remote – United Kingdom", "GB")]
    [InlineData("Remote: Germany / Austria", "DE,AT")]
    [InlineData("Remote - Worldwide", "")]
    [InlineData("Remote - EU", "")]
    [InlineData("Hybrid - Austin, TX", "")]
    [InlineData("", "")]
    public void Reads_eligible_countries_and_nothing_partial(string location, string expected)
    {
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), EligibilityReader.Countries(location));
    }
}
