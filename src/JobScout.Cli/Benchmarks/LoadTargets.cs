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

    public static IReadOnlyList<LoadTarget> For(int listings) =>
    [
        new("static file", _ => "/css/site.css"),
        new("search page", random => "/search?q=" + Uri.EscapeDataString(Queries[random.Next(Queries.Length)])),
        new("JSON API", random => "/api/search?q=" + Uri.EscapeDataString(Queries[random.Next(Queries.Length)])),
        // Every request a search nobody made before (a minimum pay in cents): the cost when no cache can help.
        new("search, uncached", random => "/search?q=" + Uri.EscapeDataString(Queries[random.Next(Queries.Length)]) +
                                          string.Create(CultureInfo.InvariantCulture, $"&minpay={random.Next(1_000, 6_000) / 100.0:0.00}")),
        new("listing page", random => $"/listings/{random.Next(1, Math.Max(2, listings + 1))}"),
    ];
}
