using System.Net;
using System.Text;
using System.Text.Json;

namespace JobScout.Cli.Benchmarks;

/// <summary>A Greenhouse-shaped board of any size, with the mix of titles, HTML and pay lines real boards have.</summary>
internal static class SyntheticBoard
{
    private static readonly string[] Titles =
    [
        "AI Trainer – Law (Contract)", "Search Quality Rater – Part-Time", "Generative AI Evaluator, Healthcare", "Data Annotation Specialist",
        "Prompt Evaluator (Spanish)", "RLHF Specialist – Python", "Fact-Checker, AI Answers", "Senior Backend Engineer", "Account Executive, Enterprise",
        "Marine Biology Expert for AI Training (Remote)", "Coding Evaluator – TypeScript", "Translation Evaluator (Japanese ↔ English)",
        "Product Designer", "Trust & Safety Reviewer – AI Outputs", "Mathematics PhD – AI Reasoning", "Customer Support Specialist",
    ];

    private static readonly string[] PayLines =
    [
        "Compensation: $41.50/hour", "Pay: USD 18-22 per hour", "$80k - $110k salary", "Up to $65/hr", "$0.50 per task", "€25 per hour", "",
    ];

    private static readonly string[] Locations = ["Remote - United States", "Remote (US, Canada)", "Hybrid - London", "Remote - Worldwide", "San Francisco, CA"];

    /// <summary>The titles and escaped description HTML the board holds, for timing one phase alone.</summary>
    public static IEnumerable<(string Title, string EscapedHtml)> Items(int count) =>
        Enumerable.Range(0, count).Select(i => (Titles[i % Titles.Length], WebUtility.HtmlEncode(Description(Titles[i % Titles.Length], PayLines[i % PayLines.Length], i))));

    public static string Generate(int count)
    {
        var jobs = new List<object>(count);
        for (var i = 0; i < count; i++)
        {
            var title = Titles[i % Titles.Length];
            jobs.Add(new Dictionary<string, object?>
            {
                ["id"] = 9_000_000 + i,
                ["title"] = title,
                ["absolute_url"] = $"https://boards.example.test/bench/jobs/{9_000_000 + i}",
                ["location"] = new { name = Locations[i % Locations.Length] },
                ["updated_at"] = "2026-11-20T09:00:00-05:00",
                ["first_published"] = "2026-11-18T10:30:00-05:00",
                ["company_name"] = "Benchmark Labs",
                ["content"] = WebUtility.HtmlEncode(Description(title, PayLines[i % PayLines.Length], i)),
            });
        }

        return JsonSerializer.Serialize(new { jobs });
    }

    private static string Description(string title, string pay, int i)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"content-intro\"><h2>About the role</h2>");
        html.Append("<p>We are hiring a ").Append(WebUtility.HtmlEncode(title))
            .Append(" to review model responses, rank alternatives and write concise feedback on accuracy, helpfulness, clarity and safety.</p>");
        html.Append("<h3>What you will do</h3><ul><li>Rate AI answers against a 5-point rubric</li><li>Fact-check claims against sources</li>")
            .Append("<li>Rewrite weak answers</li><li>Flag unsafe or privacy-invasive advice</li></ul>");
        html.Append("<h3>What you bring</h3><ul><li>Excellent written English</li><li>Attention to detail</li>")
            .Append(i % 3 == 0 ? "<li>A JD, MD or PhD in your field</li>" : "<li>No prior experience needed</li>").Append("</ul>");
        html.Append("<p>Flexible hours, fully remote, contract.</p>");
        if (pay.Length > 0)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(pay)).Append("</p>");
        }

        html.Append("<p>Equal opportunity employer. We consider all qualified applicants without regard to protected characteristics.</p></div>");
        return html.ToString();
    }
}
