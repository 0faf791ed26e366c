namespace JobScout.Cli.Benchmarks;

/// <summary>The load run's four targets: a static file (the ceiling), the search page, the JSON API and a listing page.</summary>
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
        new("listing page", random => $"/listings/{random.Next(1, Math.Max(2, listings + 1))}"),
    ];
}
