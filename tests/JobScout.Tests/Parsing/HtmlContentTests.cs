using JobScout.Core.Text;

namespace JobScout.Tests.Parsing;

public sealed class HtmlContentTests
{
    [Fact]
    public void Double_escaped_html_is_decoded_once_into_tags()
    {
        var (html, text) = HtmlContent.Prepare("&lt;p&gt;Rate answers &amp;amp; explain why.&lt;/p&gt;");

        Assert.Equal("<p>Rate answers &amp; explain why.</p>", html);
        Assert.Equal("Rate answers & explain why.", text);
    }

    [Theory]
    [InlineData("<p>Hi</p><script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>", "style")]
    [InlineData("<svg><script>alert(1)</script></svg>", "script")]
    public void Hostile_markup_is_removed(string hostile, string forbidden)
    {
        var (html, text) = HtmlContent.Prepare(hostile);

        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_open_safely_in_a_new_tab()
    {
        var (html, _) = HtmlContent.Prepare("<p><a href=\"https://example.com/apply\">Apply</a></p>");

        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/apply\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_keeps_list_items_and_paragraphs_apart()
    {
        var text = HtmlContent.ToPlainText("<h2>Tasks</h2><ul><li>Rank responses</li><li>Write feedback</li></ul><p>Remote.</p>");

        Assert.Equal("Tasks\n• Rank responses\n• Write feedback\nRemote.", text);
    }

    [Fact]
    public void Plain_text_input_becomes_paragraphs()
    {
        var (html, text) = HtmlContent.Prepare("Rate & rank answers.\n\nSecond paragraph.");

        Assert.Equal("<p>Rate &amp; rank answers.</p><p>Second paragraph.</p>", html);
        Assert.Equal("Rate & rank answers.\nSecond paragraph.", text);
    }

    [Fact]
    public void Runs_of_spaces_tabs_and_no_break_spaces_become_one_space_and_blank_lines_go()
    {
        var text = HtmlContent.ToPlainText("<p>  Rate\t\u00a0 answers  </p><p> </p><div>\r\n</div><p>Then   explain</p>");

        Assert.Equal("Rate answers\nThen explain", text);
    }

    [Theory]
    [InlineData("<h2>About</h2><ul><li>Rank <b>two</b> answers</li><li>Explain</li></ul><script>x()</script><p>Remote &amp; paid</p>")]
    [InlineData("&lt;div&gt;&lt;p&gt;Escaped &amp;amp; nested&lt;/p&gt;&lt;/div&gt;")]
    [InlineData("Plain text\n\nwith two paragraphs")]
    [InlineData("<table><tr><td>Pay</td><td>$20/hr</td></tr></table><p>a<br>b</p>")]
    public void The_text_of_a_description_is_the_text_of_its_sanitized_html(string raw)
    {
        var (html, text) = HtmlContent.Prepare(raw);

        Assert.Equal(HtmlContent.ToPlainText(html), text);
    }
}
