using System.Globalization;
using System.Text.RegularExpressions;

namespace JobScout.Infrastructure.Assessments.Grading;

/// <summary>
/// Writes the ways people put times and numbers alike, so a grader's reading does not depend on them: "13:00", "1 pm"
/// and "1:00 PM" all become one time word; "thirty" and "twenty-five" become digits; "1,000" loses its comma;
/// "%" and "per cent" become "percent".
/// </summary>
public static partial class AnswerWording
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["hundred"] = 100,
        ["thousand"] = 1000,
    };

    public static string Normalize(string text)
    {
        var normalized = text.Replace('\u2019', '\'').Replace('\u00a0', ' ');
        normalized = ClockTime().Replace(normalized, m => TimeWord(int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture),
            m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0, m.Groups["ampm"].Value));
        normalized = Noon().Replace(normalized, m => TimeWord(m.Value.StartsWith('m') || m.Value.StartsWith('M') ? 0 : 12, 0, ""));
        normalized = CompoundNumber().Replace(normalized, m => (Units[m.Groups["tens"].Value] + Units[m.Groups["unit"].Value]).ToString(CultureInfo.InvariantCulture));
        normalized = NumberWord().Replace(normalized, m => Units[m.Value].ToString(CultureInfo.InvariantCulture));
        normalized = ThousandsComma().Replace(normalized, "");
        return Percent().Replace(normalized, " percent");
    }

    private static string TimeWord(int hour, int minute, string meridiem)
    {
        var pm = meridiem.StartsWith('p') || meridiem.StartsWith('P');
        var am = meridiem.StartsWith('a') || meridiem.StartsWith('A');
        if (pm && hour < 12)
        {
            hour += 12;
        }
        else if (am && hour == 12)
        {
            hour = 0;
        }

        return string.Create(CultureInfo.InvariantCulture, $" time{hour:00}{minute:00} ");
    }

    // 24-hour "13:00", or any hour with am/pm: "1 pm", "1:30pm", "1:00 P.M.".
    [GeneratedRegex(@"\b(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?:\s*(?<ampm>[ap]\.?m\.?))?(?![\w:])|\b(?<h>1[0-2]|0?[1-9])(?:[.:](?<m>[0-5]\d))?\s*(?<ampm>[ap]\.?m\.?)(?!\w)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(noon|midday|midnight)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Noon();

    [GeneratedRegex(@"\b(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?<unit>one|two|three|four|five|six|seven|eight|nine)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex CompoundNumber();

    [GeneratedRegex(@"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}\b)")]
    private static partial Regex ThousandsComma();

    [GeneratedRegex(@"\s*%|\s+per\s?cent\b", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();
}
