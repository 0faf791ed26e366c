using JobScout.Core.Classification;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

/// <summary>Job titles shaped like real listings (Fixtures/title-cases.tsv) with their expected relevance, role types and domains.</summary>
public sealed class TitleTableTests
{
    public static TheoryData<Dictionary<string, string>> Cases => TsvTable.Read("title-cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_title_is_classified_as_expected(Dictionary<string, string> row)
    {
        var result = ListingClassifier.Default.Classify(row["title"], row["description"], "Quillstone AI", pay: null);

        Assert.Equal(bool.Parse(row["relevant"]), result.Relevant);
        Assert.Equal(Ids(row["roleTypes"]), result.RoleTypes.Order(StringComparer.Ordinal));
        Assert.Equal(Ids(row["domains"]), result.Domains.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_table_has_at_least_sixty_titles_and_covers_every_role_type()
    {
        var rows = Cases.Select<object[], Dictionary<string, string>>(c => (Dictionary<string, string>)c[0]).ToList();
        var roles = rows.SelectMany(r => Ids(r["roleTypes"])).ToHashSet();

        Assert.True(rows.Count >= 60, $"only {rows.Count} titles");
        Assert.Equal(12, roles.Count);
    }

    private static IEnumerable<string> Ids(string cell) =>
        cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal);
}
