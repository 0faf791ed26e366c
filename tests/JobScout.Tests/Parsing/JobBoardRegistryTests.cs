using JobScout.Core.Sources;
using JobScout.Tests.Support;

namespace JobScout.Tests.Parsing;

/// <summary>Every registered board, whole: it reads its fixture, is recognised by it, and names where it is asked.</summary>
public sealed class JobBoardRegistryTests
{
    public static TheoryData<string> Kinds => new(SourceParsers.Boards.Select(b => b.Kind));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_board_reads_its_fixture_is_detected_from_it_and_builds_its_first_page(string kind)
    {
        var board = SourceParsers.BoardFor(kind)!;
        var fixture = Directory.GetFiles(Paths.Fixture(""), kind + "_*").Order(StringComparer.Ordinal).FirstOrDefault(f => !f.Contains("bad", StringComparison.Ordinal) && !f.Contains("none", StringComparison.Ordinal));
        Assert.True(fixture is not null, $"no fixture for {kind}");
        var payload = File.ReadAllText(fixture);

        var parsed = board.Parse(payload, "fixture");
        var first = board.FirstPage("http://127.0.0.1:9", "fixture", "ai%20rater");

        Assert.NotEmpty(parsed.Listings);
        Assert.All(parsed.Listings, l => Assert.StartsWith(kind + ":", l.Source, StringComparison.Ordinal));
        Assert.Equal(kind, SourceParsers.Detect(payload));
        Assert.True(first.IsAbsoluteUri && first.IsLoopback, first.ToString());
        Assert.Equal(board.DefaultDailyQueryBudget > 0, first.Query.Contains("ai%20rater", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_kind_the_crawler_knows_is_a_registered_board_and_file_formats_are_not()
    {
        Assert.Equal(12, SourceParsers.Boards.Count);
        Assert.Null(SourceParsers.BoardFor("jsonl"));
        Assert.Null(SourceParsers.BoardFor("jobspy"));
        Assert.All(SourceParsers.Boards, b => Assert.Same(b, SourceParsers.For(b.Kind)));
    }
}
