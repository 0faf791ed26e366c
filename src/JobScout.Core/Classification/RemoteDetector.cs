using System.Text.RegularExpressions;

namespace JobScout.Core.Classification;

/// <summary>Reads remote eligibility from a location line: true, false (on-site or hybrid) or null when unsaid.</summary>
public static partial class RemoteDetector
{
    public static bool? FromLocation(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return null;
        }

        if (Hybrid().IsMatch(location) || OnSite().IsMatch(location))
        {
            return false;
        }

        return Remote().IsMatch(location) ? true : null;
    }

    [GeneratedRegex(@"\bhybrid\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hybrid();

    [GeneratedRegex(@"\bon[- ]?site\b|\bin[- ]office\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnSite();

    [GeneratedRegex(@"\bremote\b|\banywhere\b|\bwork from home\b|\bwfh\b|\btelecommute", RegexOptions.IgnoreCase)]
    private static partial Regex Remote();
}
