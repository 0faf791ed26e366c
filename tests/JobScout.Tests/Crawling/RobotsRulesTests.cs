using JobScout.Core.Crawling;

namespace JobScout.Tests.Crawling;

/// <summary>RFC 9309, rule by rule.</summary>
public sealed class RobotsRulesTests
{
    private const string Agent = "JobScout";

    [Fact]
    public void Section_2_2_1_the_group_naming_the_product_token_is_used_case_insensitively()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nuser-AGENT: jobscout\nDisallow: /private\n", Agent);

        Assert.True(rules.IsAllowed("/jobs"));
        Assert.False(rules.IsAllowed("/private/1"));
    }

    [Fact]
    public void Section_2_2_1_without_a_matching_group_the_star_group_applies()
    {
        var rules = RobotsRules.Parse("User-agent: OtherBot\nDisallow: /\n\nUser-agent: *\nDisallow: /admin\n", Agent);

        Assert.True(rules.IsAllowed("/jobs"));
        Assert.False(rules.IsAllowed("/admin"));
    }

    [Fact]
    public void Section_2_2_1_groups_for_the_same_agent_are_merged_and_consecutive_agents_share_a_group()
    {
        var rules = RobotsRules.Parse("User-agent: jobscout\nDisallow: /a\n\nUser-agent: Crawler\nUser-agent: JobScout\nDisallow: /b\n", Agent);

        Assert.False(rules.IsAllowed("/a"));
        Assert.False(rules.IsAllowed("/b"));
        Assert.True(rules.IsAllowed("/c"));
    }

    [Fact]
    public void Section_2_2_2_the_longest_match_wins()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /jobs\nAllow: /jobs/api\n", Agent);

        Assert.False(rules.IsAllowed("/jobs/page"));
        Assert.True(rules.IsAllowed("/jobs/api/list"));
    }

    [Fact]
    public void Section_2_2_2_allow_wins_a_tie()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", Agent);

        Assert.True(rules.IsAllowed("/page"));
    }

    [Fact]
    public void Section_2_2_2_an_empty_disallow_allows_everything()
    {
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", Agent).IsAllowed("/anything"));
    }

    [Theory]
    [InlineData("/*.php$", "/index.php", false)]
    [InlineData("/*.php$", "/index.php?x=1", true)]
    [InlineData("/*.php", "/index.php?x=1", false)]
    [InlineData("/fish*", "/fishheads/yummy.html", false)]
    [InlineData("/fish$", "/fish", false)]
    [InlineData("/fish$", "/fishes", true)]
    [InlineData("/*/jobs/*/apply", "/en/jobs/42/apply", false)]
    [InlineData("/search?q=", "/search?q=rater", false)]
    public void Section_2_2_3_wildcards_and_end_anchors(string disallow, string path, bool allowed)
    {
        var rules = RobotsRules.Parse($"User-agent: *\nDisallow: {disallow}\n", Agent);

        Assert.Equal(allowed, rules.IsAllowed(path));
    }

    [Fact]
    public void Section_2_2_2_percent_encoding_compares_alike()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /emploi/%c3%a9t%C3%A9\nDisallow: /ñ\n", Agent);

        Assert.False(rules.IsAllowed("/emploi/%C3%A9t%c3%a9/1"));
        Assert.False(rules.IsAllowed("/%C3%B1"));
    }

    [Fact]
    public void Section_2_2_4_comments_unknown_lines_and_sitemaps_are_ignored()
    {
        var rules = RobotsRules.Parse("# hello\nSitemap: https://example.com/s.xml\nUser-agent: * # all\nHost: x\nDisallow: /tmp # temp\n", Agent);

        Assert.False(rules.IsAllowed("/tmp/a"));
        Assert.True(rules.IsAllowed("/jobs"));
    }

    [Fact]
    public void Section_2_2_robots_txt_itself_is_always_allowed()
    {
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow: /\n", Agent).IsAllowed("/robots.txt"));
    }

    [Fact]
    public void Section_2_3_1_4xx_means_allow_and_5xx_means_disallow()
    {
        Assert.True(RobotsRules.AllowAll.IsAllowed("/x"));
        Assert.False(RobotsRules.DisallowAll.IsAllowed("/x"));
    }

    [Fact]
    public void Section_2_5_at_least_500_KiB_is_parsed()
    {
        var padding = string.Concat(Enumerable.Repeat("# padding line to push the rule far down\n", 12000));
        var rules = RobotsRules.Parse(padding + "User-agent: *\nDisallow: /deep\n", Agent);

        Assert.True(padding.Length > 450 * 1024);
        Assert.False(rules.IsAllowed("/deep"));
    }

    [Fact]
    public void Crawl_delay_is_read_and_capped()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsRules.Parse("User-agent: *\nCrawl-delay: 2.5\n", Agent).CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), RobotsRules.Parse("User-agent: *\nCrawl-delay: 3600\n", Agent).CrawlDelay);
    }

    [Fact]
    public void Windows_line_endings_and_odd_spacing_are_read()
    {
        var rules = RobotsRules.Parse("User-agent:*\r\nDisallow :  /x  \r\n", Agent);

        Assert.False(rules.IsAllowed("/x"));
    }
}
