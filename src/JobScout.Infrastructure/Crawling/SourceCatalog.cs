using System.Text.Json;
using JobScout.Core.Sources;
using JobScout.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Crawling;

/// <summary>The crawl sources: from configuration when any are set, else the shipped data/sources.json.</summary>
public sealed class SourceCatalog
{
    public SourceCatalog(IOptions<JobScoutOptions> options)
        : this(options.Value)
    {
    }

    public SourceCatalog(JobScoutOptions options)
    {
        var sources = options.Sources.Count > 0 ? options.Sources : LoadShipped();
        foreach (var source in sources)
        {
            Validate(source);
        }

        var duplicate = sources.GroupBy(s => s.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two crawl sources share the id \"{duplicate.Key}\".");
        }

        All = sources;
    }

    public IReadOnlyList<SourceOptions> All { get; }

    public SourceOptions? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    private static List<SourceOptions> LoadShipped()
    {
        var path = Path.Combine(DataPaths.ShippedData, "sources.json");
        if (!File.Exists(path))
        {
            return [];
        }

        var file = JsonSerializer.Deserialize<ShippedSources>(File.ReadAllText(path), JsonOptions);
        return file?.Sources ?? [];
    }

    private static void Validate(SourceOptions source)
    {
        if (string.IsNullOrWhiteSpace(source.Id))
        {
            throw new InvalidOperationException("A crawl source has no id.");
        }

        if (!SourceEndpoints.Supports(source.Kind))
        {
            throw new InvalidOperationException($"Crawl source \"{source.Id}\" has kind \"{source.Kind}\", which cannot be crawled yet; known: {string.Join(", ", SourceEndpoints.Kinds)}.");
        }

        if (source.BaseUrl is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"Crawl source \"{source.Id}\" has a base URL that is not absolute: {url}");
        }

        _ = SourceParsers.For(source.Kind);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record ShippedSources(List<SourceOptions> Sources);
}
