using System.Text;

namespace JobScout.Core.Crawling;

/// <summary>
/// robots.txt per RFC 9309: groups by user-agent (case-insensitive, falling back to "*"), the longest
/// matching rule wins and Allow wins a tie; "*" matches any run of characters and a trailing "$" anchors.
/// </summary>
public sealed class RobotsRules
{
    /// <summary>RFC 9309 asks crawlers to parse at least 500 KiB; the rest is ignored.</summary>
    public const int MaxParsedBytes = 512 * 1024;

    private readonly IReadOnlyList<RobotsRule> _rules;

    private RobotsRules(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay, string? unavailable = null)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Unavailable = unavailable;
    }

    /// <summary>Why robots.txt could not be read, when that is why everything is disallowed.</summary>
    public string? Unavailable { get; }

    /// <summary>Everything disallowed because robots.txt could not be read (5xx, unreachable): RFC 9309 §2.3.1.3–4.</summary>
    public static RobotsRules Unreachable(string reason) => new([new RobotsRule("/", Allow: false)], null, reason);

    /// <summary>No restrictions: what a 4xx answer for robots.txt means.</summary>
    public static RobotsRules AllowAll { get; } = new([], null);

    /// <summary>Everything disallowed: what a 5xx answer or an unreachable host means.</summary>
    public static RobotsRules DisallowAll { get; } = new([new RobotsRule("/", Allow: false)], null);

    /// <summary>The non-standard Crawl-delay of the matched group, if it gave one.</summary>
    public TimeSpan? CrawlDelay { get; }

    public static RobotsRules Parse(string content, string productToken)
    {
        if (content.Length > MaxParsedBytes)
        {
            content = content[..MaxParsedBytes];
        }

        var groups = RobotsGroupReader.Read(content);
        var token = productToken.Trim();
        var matching = groups.Where(g => g.Agents.Any(a => string.Equals(a, token, StringComparison.OrdinalIgnoreCase))).ToList();
        if (matching.Count == 0)
        {
            matching = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        // Several groups for the same agent are merged into one.
        var rules = matching.SelectMany(g => g.Rules).ToList();
        var delay = matching.Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null);
        return new RobotsRules(rules, delay);
    }

    /// <summary>Whether the path (with its query) may be fetched.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        var path = Normalize(string.IsNullOrEmpty(pathAndQuery) ? "/" : pathAndQuery);
        if (path.Equals("/robots.txt", StringComparison.Ordinal))
        {
            return true;
        }

        RobotsRule? best = null;
        var bestLength = -1;
        foreach (var rule in _rules)
        {
            if (!RobotsPattern.Matches(rule.Path, path))
            {
                continue;
            }

            var length = Encoding.UTF8.GetByteCount(rule.Path);
            if (length > bestLength || (length == bestLength && rule.Allow))
            {
                best = rule;
                bestLength = length;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>Percent-encodes what RFC 9309 says must be encoded and upper-cases escapes, so both sides compare alike.</summary>
    internal static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                builder.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                i += 2;
            }
            else if (c > 127)
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

internal sealed record RobotsRule(string Path, bool Allow);
