using System.Text.RegularExpressions;
using JobScout.Core.Sources;

namespace JobScout.Core.Classification;

/// <summary>Eligible countries from a location line: "Remote - United States, Canada", "Remote (US, Canada)", "US only".</summary>
public static partial class EligibilityReader
{
    public static IReadOnlyList<string> Countries(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return [];
        }

        // "Remote", "Fully remote", "Work from home" and the dashes and brackets around them carry no country.
        var stripped = RemoteWords().Replace(location, " ");
        stripped = Brackets().Replace(stripped, ", ");
        return CountryCodes.FromLocation(stripped.Trim(' ', ',', '-', '–', '—', ':'));
    }

    [GeneratedRegex(@"\b(fully\s+|100%\s+)?remote\b\s*[-–—:]?|\bwork\s+from\s+(home|anywhere)\b|\banywhere\s+in\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteWords();

    [GeneratedRegex(@"[()\[\]]")]
    private static partial Regex Brackets();
}
