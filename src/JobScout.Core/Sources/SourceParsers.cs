namespace JobScout.Core.Sources;

/// <summary>The parsers by kind, and a guess at a payload's kind for <c>--format auto</c>.</summary>
public static class SourceParsers
{
    private static readonly Dictionary<string, ISourceParser> ByKind =
        new ISourceParser[] { new GreenhouseParser(), new JsonLinesParser() }.ToDictionary(p => p.Kind, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> Kinds => ByKind.Keys;

    public static ISourceParser For(string kind) =>
        ByKind.TryGetValue(kind, out var parser)
            ? parser
            : throw new SourceFormatException($"Unknown format \"{kind}\"; known formats: {string.Join(", ", ByKind.Keys)}, auto.");

    public static string Detect(string payload)
    {
        var start = payload.TrimStart();
        if (start.StartsWith('{') && start.Contains("\"jobs\"", StringComparison.Ordinal) && start.Contains("absolute_url", StringComparison.Ordinal))
        {
            return "greenhouse";
        }

        if (start.StartsWith('{'))
        {
            return "jsonl";
        }

        throw new SourceFormatException("Could not tell the payload's format; name it with --format.");
    }
}
