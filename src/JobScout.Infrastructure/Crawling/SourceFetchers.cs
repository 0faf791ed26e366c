using JobScout.Infrastructure.Configuration;

namespace JobScout.Infrastructure.Crawling;

/// <summary>How to ask each kind of source for its listings: the request URL and the key its listings are filed under.</summary>
public static class SourceFetchers
{
    private static readonly Dictionary<string, string> DefaultBaseUrls = new(StringComparer.OrdinalIgnoreCase)
    {
        ["greenhouse"] = "https://boards-api.greenhouse.io",
    };

    public static IEnumerable<string> Kinds => DefaultBaseUrls.Keys;

    public static bool Supports(string kind) => DefaultBaseUrls.ContainsKey(kind);

    public static Uri RequestUri(SourceOptions source)
    {
        var baseUrl = (string.IsNullOrWhiteSpace(source.BaseUrl) ? DefaultBaseUrls[source.Kind] : source.BaseUrl).TrimEnd('/');
        var board = Uri.EscapeDataString(SourceKey(source));
        return source.Kind.ToUpperInvariant() switch
        {
            "GREENHOUSE" => new Uri($"{baseUrl}/v1/boards/{board}/jobs?content=true"),
            _ => throw new InvalidOperationException($"No fetcher for kind \"{source.Kind}\"."),
        };
    }

    /// <summary>The part after "kind:" in a listing's source id: the board token, or the source id.</summary>
    public static string SourceKey(SourceOptions source) => string.IsNullOrWhiteSpace(source.Board) ? source.Id : source.Board;
}
