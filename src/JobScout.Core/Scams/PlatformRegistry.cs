using System.Text.Json;

namespace JobScout.Core.Scams;

/// <summary>A platform that hires for AI-training work, as data/platforms.json records it.</summary>
public sealed record Platform(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Domains, string Source, string Contact)
{
    public string? Operator { get; init; }

    /// <summary>Countries, languages, work authorization, payment and qualification, each with its source and date.</summary>
    public IReadOnlyList<PlatformFact> Facts { get; init; } = [];

    /// <summary>Practice packs shaped like this platform's qualification test, best fit first.</summary>
    public IReadOnlyList<string> PracticePacks { get; init; } = [];

    public PlatformFact? FactAbout(string topic) => Facts.FirstOrDefault(f => f.Topic == topic);

    public bool Owns(string domain) => Domains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal));
}

/// <summary>The registry of platforms (data/platforms.json, embedded).</summary>
public sealed record PlatformRegistry(string Checked, IReadOnlyList<Platform> Platforms)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<PlatformRegistry> Shipped = new(() =>
    {
        using var stream = typeof(PlatformRegistry).Assembly.GetManifestResourceStream("JobScout.platforms.json")
                           ?? throw new InvalidOperationException("platforms.json is not embedded.");
        return JsonSerializer.Deserialize<PlatformRegistry>(stream, Json) ?? throw new JsonException("platforms.json is empty.");
    });

    public static PlatformRegistry Default => Shipped.Value;

    public Platform? Find(string id) => Platforms.FirstOrDefault(p => p.Id == id);

    /// <summary>The platform that owns a domain (or one of its subdomains), if any.</summary>
    public Platform? OwnerOf(string domain) => Platforms.FirstOrDefault(p => p.Owns(domain));
}
