using System.Globalization;

namespace JobScout.Core.Crawling;

internal sealed record RobotsGroup(List<string> Agents, List<RobotsRule> Rules, TimeSpan? CrawlDelay);

/// <summary>Splits robots.txt into groups: consecutive user-agent lines, then the rules that follow them.</summary>
internal static class RobotsGroupReader
{
    private static readonly TimeSpan MaxCrawlDelay = TimeSpan.FromSeconds(30);
    private static readonly char[] AgentTokenEnd = [' ', '/', '\t'];

    public static List<RobotsGroup> Read(string content)
    {
        var groups = new List<RobotsGroup>();
        RobotsGroup? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = StripComment(rawLine).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToUpperInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "USER-AGENT":
                    if (current is null || !lastWasAgent)
                    {
                        current = new RobotsGroup([], [], null);
                        groups.Add(current);
                    }

                    current.Agents.Add(AgentToken(value));
                    lastWasAgent = true;
                    continue;
                case "ALLOW" or "DISALLOW" when current is not null && value.Length > 0:
                    current.Rules.Add(new RobotsRule(RobotsRules.Normalize(value), key == "ALLOW"));
                    break;
                case "CRAWL-DELAY" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    {
                        var delay = TimeSpan.FromSeconds(Math.Min(seconds, MaxCrawlDelay.TotalSeconds));
                        groups[^1] = current = current with { CrawlDelay = delay };
                    }

                    break;
            }

            lastWasAgent = false;
        }

        return groups;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    // "Googlebot/2.1 (+http://…)" names the product token "Googlebot".
    private static string AgentToken(string value)
    {
        var end = value.IndexOfAny(AgentTokenEnd);
        return end > 0 ? value[..end] : value;
    }
}
