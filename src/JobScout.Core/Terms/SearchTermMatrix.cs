using System.Reflection;
using System.Text.Json;

namespace JobScout.Core.Terms;

/// <summary>
/// The guide's search-term matrix (data/search-terms.json): broad AI keywords × task keywords × company and
/// product keywords × modifiers. It yields the queries for sources that take one, in a stable order.
/// </summary>
public sealed record SearchTermMatrix(
    IReadOnlyList<string> Broad,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<string> Companies,
    IReadOnlyList<string> Modifiers,
    IReadOnlyList<string> SeedQueries)
{
    private const string ResourceName = "JobScout.search-terms.json";
    private static readonly Lazy<SearchTermMatrix> Shipped = new(LoadShipped);

    public static SearchTermMatrix Default => Shipped.Value;

    /// <summary>Every query, each once: the guide's own searches, broad terms, then their combinations.</summary>
    public IReadOnlyList<string> Queries()
    {
        var queries = new List<string>();
        queries.AddRange(SeedQueries);
        queries.AddRange(Broad);
        queries.AddRange(Broad.SelectMany(b => Modifiers.Select(m => $"{b} {m}")));
        queries.AddRange(Companies.SelectMany(c => Tasks.Select(t => $"{c} {t}")));
        queries.AddRange(Broad.SelectMany(b => Tasks.Select(t => $"{b} {t}")));
        return queries.Select(q => q.Trim()).Where(q => q.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The terms a whole-board listing is credited to when it mentions them (for term yield).</summary>
    public IReadOnlyList<string> RelevanceTerms() =>
        Broad.Concat(Tasks).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static SearchTermMatrix Parse(string json)
    {
        var file = JsonSerializer.Deserialize<MatrixFile>(json, JsonOptions)
                   ?? throw new JsonException("search-terms.json is empty.");
        return new SearchTermMatrix(file.Broad ?? [], file.Tasks ?? [], file.Companies ?? [], file.Modifiers ?? [], file.SeedQueries ?? []);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static SearchTermMatrix LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The embedded {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record MatrixFile(List<string>? Broad, List<string>? Tasks, List<string>? Companies, List<string>? Modifiers, List<string>? SeedQueries);
}
