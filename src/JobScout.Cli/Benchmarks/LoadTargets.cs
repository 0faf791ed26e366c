using System.Globalization;

namespace JobScout.Cli.Benchmarks;

/// <summary>
/// The load run's targets: a static file (the ceiling), the search page and the JSON API over a 20-query mix, the search
/// page with a query never seen before, and listing pages spread over every id.
/// </summary>
public static class LoadTargets
{
    private static readonly string[] Queries =
    [
        "rater", "annotation", "legal", "medical", "rubric", "search quality", "prompt evaluator", "finance", "coding", "safety",
        "spanish", "fact checking", "model evaluator", "rlhf", "writing", "education", "math", "science", "remote", "contract",
    ];

    public static IReadOnlyList<LoadTarget> For(int listings)
    {
        var unseen = 0;
        return
        [
            new("static file", _ => "/css/site.css"),
            new("search page", random => "/search?q=" + Uri.EscapeDataString(Queries[random.Next(Queries.Length)])),
            new("JSON API", random => "/api/search?q=" + Uri.EscapeDataString(Queries[random.Next(Queries.Length)])),
            new("search, uncached", _ => NeverSeen(Interlocked.Increment(ref unseen))),
            new("listing page", random => $"/listings/{random.Next(1, Math.Max(2, listings + 1))}"),
        ];
    }

    /// <summary>
    /// The n-th search of a run that no cache can answer: each query word with each minimum pay from $10.00 to $59.99
    /// in cents, so the first 100,000 of a run never repeat.
    /// </summary>
    private static string NeverSeen(int n) =>
        "/search?q=" + Uri.EscapeDataString(Queries[n % Queries.Length]) +
        string.Create(CultureInfo.InvariantCulture, $"&minpay={(1_000 + (n / Queries.Length % 5_000)) / 100.0:0.00}");
}
