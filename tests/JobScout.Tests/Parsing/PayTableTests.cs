using System.Globalization;
using JobScout.Core.Pay;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

/// <summary>Pay strings shaped like real listings (Fixtures/pay-cases.tsv), each with its expected reading.</summary>
public sealed class PayTableTests
{
    public static TheoryData<Dictionary<string, string>> Cases => TsvTable.Read("pay-cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_pay_string_reads_as_expected(Dictionary<string, string> row)
    {
        var pay = PayTextParser.Parse(row["text"]);

        if (row["interval"].Length == 0)
        {
            Assert.Null(pay);
            return;
        }

        Assert.NotNull(pay);
        Assert.Equal(Amount(row["min"]), pay.Min);
        Assert.Equal(Amount(row["max"]), pay.Max);
        Assert.Equal(Text(row["currency"]), pay.Currency);
        Assert.Equal(row["interval"], pay.Interval);
        Assert.Equal(Amount(row["hourlyMin"]), pay.HourlyMin);
        Assert.Equal(Amount(row["hourlyMax"]), pay.HourlyMax);
    }

    [Fact]
    public void The_table_has_at_least_sixty_cases()
    {
        Assert.True(Cases.Count >= 60, $"only {Cases.Count} cases");
    }

    private static decimal? Amount(string cell) => cell.Length == 0 ? null : decimal.Parse(cell, CultureInfo.InvariantCulture);

    private static string? Text(string cell) => cell.Length == 0 ? null : cell;
}
