using System.Text.RegularExpressions;
using JobScout.Core.Listings;
using JobScout.Core.Text;

namespace JobScout.Core.Pay;

/// <summary>
/// Finds the advertised pay in a description: every sentence with a figure is read, and the one that most looks like
/// this job's pay wins (a pay word, a unit, a range), while funding rounds, bonuses, budgets and benefits never count.
/// </summary>
public static partial class PayFinder
{
    private const int MaxSentenceLength = 400;
    private const int MinimumScore = 2;

    public static PayRange? Find(string text)
    {
        if (!PayTextParser.MentionsCurrency(text))
        {
            return null;
        }

        PayRange? best = null;
        var bestScore = MinimumScore - 1;
        foreach (var sentence in LinesNamingMoney(text).SelectMany(TextSentences.Split))
        {
            if (sentence.Length > MaxSentenceLength || !HasFigure().IsMatch(sentence) || !PayTextParser.MentionsCurrency(sentence)
                || (NotPay().IsMatch(sentence) && !StrongPayWord().IsMatch(sentence)))
            {
                continue;
            }

            if (PayTextParser.Parse(sentence) is not { } pay || pay.Currency is null)
            {
                continue;
            }

            var score = (StrongPayWord().IsMatch(sentence) ? 3 : PayWord().IsMatch(sentence) ? 2 : 0) + (ExplicitUnit().IsMatch(sentence) ? 1 : 0) + (pay.Min is not null && pay.Max != pay.Min ? 1 : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (pay, score);
            }
        }

        return best;
    }

    // Only the lines around a currency are read: most of a description names no money at all.
    private static IEnumerable<string> LinesNamingMoney(string text)
    {
        var lastLineStart = -1;
        foreach (var index in PayTextParser.CurrencyPositions(text))
        {
            var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
            if (start == lastLineStart)
            {
                continue;
            }

            lastLineStart = start;
            var end = text.IndexOf('\n', index);
            yield return text[start..(end < 0 ? text.Length : end)];
        }
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex HasFigure();

    [GeneratedRegex(@"\b(pay|paid|rate|rates|earn|earning|range)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PayWord();

    [GeneratedRegex(@"\b(salary|salaries|compensation|wage|wages|base pay|pay range|pay rate|rate of pay|hourly rate|contract rate|gehalt|\w*gehalt|vergütung|salario|sueldo|salaire|rémunération|remuneração|salário)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongPayWord();

    [GeneratedRegex(@"(/\s*(h|hr|hour|yr|year|mo|month)\b|\bper (hour|year|month|week|annum)\b|\bhourly\b|\bannual(ly)?\b|\ba year\b|\ban hour\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitUnit();

    // Figures that are money but not this job's pay, unless the sentence also says it is pay.
    [GeneratedRegex(@"\b(raised|funding|funded|series [a-f]|valuation|valued|revenue|arr|investors?|backed|bonus|signing|referral|budget|per employee|equity|stock|401\(?k\)?|insurance|reimburse\w*|allowance|stipend|prizes?|paid out|customers|users|million|billion|\d+\s?[mb]\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NotPay();
}
