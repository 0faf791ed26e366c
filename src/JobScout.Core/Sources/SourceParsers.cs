using JobScout.Core.Sources.Boards;

namespace JobScout.Core.Sources;

/// <summary>
/// Every format by kind, registered here once: the boards the crawler can ask, and the file formats it can only read.
/// Also a guess at a payload's kind for <c>--format auto</c>.
/// </summary>
public static class SourceParsers
{
    private static readonly ISourceParser[] All =
    [
        new GreenhouseBoard(), new LeverBoard(), new AshbyBoard(), new WorkableBoard(), new SmartRecruitersBoard(),
        new RecruiteeBoard(), new RemotiveBoard(), new RemoteOkBoard(), new HimalayasBoard(), new ArbeitnowBoard(),
        new RssFeedBoard(), new JsonLdPageBoard(), new JobSpyCsvParser(), new JsonLinesParser(),
    ];

    private static readonly Dictionary<string, ISourceParser> ByKind = All.ToDictionary(p => p.Kind, StringComparer.OrdinalIgnoreCase);

    // Keys that only one source's payload carries, checked in order on the payload's first few kilobytes.
    private static readonly (string Kind, string[] Markers)[] Fingerprints =
    [
        ("jsonl", ["\"payText\""]),
        ("remotive", ["\"0-legal-notice\"", "\"candidate_required_location\""]),
        ("remoteok", ["\"last_updated\"", "\"legal\""]),
        ("himalayas", ["\"companySlug\"", "\"applicationLink\""]),
        ("arbeitnow", ["\"job_types\"", "\"company_name\""]),
        ("greenhouse", ["\"absolute_url\""]),
        ("ashby", ["\"jobUrl\"", "\"isListed\""]),
        ("workable", ["\"shortcode\"", "\"telecommuting\""]),
        ("smartrecruiters", ["\"totalFound\"", "\"releasedDate\""]),
        ("recruitee", ["\"offers\"", "\"careers_url\""]),
        ("lever", ["\"hostedUrl\"", "\"categories\""]),
    ];

    public static IReadOnlyCollection<string> Kinds => ByKind.Keys;

    /// <summary>The formats the crawler can fetch, each from its board.</summary>
    public static IReadOnlyList<IJobBoard> Boards { get; } = All.OfType<IJobBoard>().ToList();

    /// <summary>The board of a kind, or null for a file-only format or an unknown kind.</summary>
    public static IJobBoard? BoardFor(string kind) => ByKind.GetValueOrDefault(kind) as IJobBoard;

    public static ISourceParser For(string kind) =>
        ByKind.TryGetValue(kind, out var parser)
            ? parser
            : throw new SourceFormatException($"Unknown format \"{kind}\"; known formats: {string.Join(", ", ByKind.Keys)}, auto.");

    public static string Detect(string payload)
    {
        var head = payload.Length > 8192 ? payload[..8192] : payload;
        var start = head.TrimStart();
        if (start.StartsWith('<'))
        {
            return start.Contains("<rss", StringComparison.OrdinalIgnoreCase) || start.Contains("<channel", StringComparison.OrdinalIgnoreCase) ? "rss" : "jsonld";
        }

        foreach (var (kind, markers) in Fingerprints)
        {
            if (markers.All(m => head.Contains(m, StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        if (start.StartsWith('{'))
        {
            return "jsonl";
        }

        if (head.Contains("job_url", StringComparison.Ordinal) && head.Contains(',', StringComparison.Ordinal))
        {
            return "jobspy";
        }

        throw new SourceFormatException("Could not tell the payload's format; name it with --format.");
    }
}
