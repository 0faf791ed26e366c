using System.Net;
using System.Text.Json;

namespace JobScout.Tests.Support;

/// <summary>Greenhouse job-board payloads in the API's shape, for tests that serve a board of their own making.</summary>
public static class GreenhousePayloads
{
    /// <summary>One remote job of Quillstone AI; <paramref name="html"/> is encoded the way Greenhouse sends content.</summary>
    public static object Job(long id, string title, string html) => new
    {
        id,
        title,
        absolute_url = $"https://boards.example.test/jobs/{id}",
        location = new { name = "Remote" },
        updated_at = "2026-11-20T09:00:00Z",
        company_name = "Quillstone AI",
        content = WebUtility.HtmlEncode(html),
    };

    public static string Json(IEnumerable<object> jobs) => JsonSerializer.Serialize(new { jobs });
}
