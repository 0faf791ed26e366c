using System.Globalization;
using JobScout.Core.Listings;

namespace JobScout.Core.Evaluation;

/// <summary>
/// Compares normalized listings with hand labels. Relevance is scored on every label; pay on every label (a listing
/// without stated pay must read none); role, level, domains and languages on the listings labelled relevant, the ones
/// job seekers see.
/// </summary>
public static class ListingEvaluator
{
    private const decimal PayTolerance = 0.01m;
    private const string English = "en";

    public static ListingEvaluationReport Evaluate(IReadOnlyList<ListingLabel> labels, Func<ListingLabel, NormalizedListing?> find)
    {
        var errors = new List<LabelDisagreement>();
        int tp = 0, fp = 0, fn = 0, tn = 0, missing = 0;
        var pay = new Tally("pay exact", "all labelled");
        var relevantPay = new Tally("pay exact", "relevant");
        var role = new Tally("role type", "relevant and kept");
        var level = new Tally("level", "relevant");
        var domains = new Tally("domains exact", "relevant");
        var languages = new Tally("languages exact", "relevant");
        var otherLanguages = new Tally("languages other than English found", "relevant asking for one");

        foreach (var label in labels)
        {
            if (find(label) is not { } listing)
            {
                missing++;
                errors.Add(new LabelDisagreement("missing", label.File, label.SourceId, "", "a listing", "none parsed"));
                continue;
            }

            void Disagree(string measure, string expected, string found) =>
                errors.Add(new LabelDisagreement(measure, label.File, label.SourceId, listing.Title, expected, found));

            switch (label.Relevant, listing.Relevant)
            {
                case (true, true): tp++; break;
                case (false, true): fp++; Disagree("relevance", "not relevant", Describe(listing.RoleTypes)); break;
                case (true, false): fn++; Disagree("relevance", $"relevant ({label.RoleType})", "not relevant"); break;
                default: tn++; break;
            }

            var payRight = PayMatches(label.Pay, listing.Pay);
            pay.Add(payRight);
            if (!payRight)
            {
                Disagree("pay", Describe(label.Pay), Describe(listing.Pay));
            }

            if (!label.Relevant)
            {
                continue;
            }

            relevantPay.Add(payRight);
            if (listing.Relevant && label.RoleType is { } expectedRole)
            {
                var roleRight = listing.RoleTypes.Contains(expectedRole);
                role.Add(roleRight);
                if (!roleRight)
                {
                    Disagree("role type", expectedRole, Describe(listing.RoleTypes));
                }
            }

            var levelRight = label.Level == listing.Level;
            level.Add(levelRight);
            if (!levelRight)
            {
                Disagree("level", label.Level ?? "none", listing.Level ?? "none");
            }

            var domainsRight = SameSet(label.Domains, listing.Domains);
            domains.Add(domainsRight);
            if (!domainsRight)
            {
                Disagree("domains", Describe(label.Domains), Describe(listing.Domains));
            }

            var expectedLanguages = label.Languages.Where(l => l != English).ToList();
            var foundLanguages = listing.Languages.Where(l => l != English).ToList();
            var languagesRight = SameSet(expectedLanguages, foundLanguages);
            languages.Add(languagesRight);
            if (expectedLanguages.Count > 0)
            {
                otherLanguages.Add(expectedLanguages.All(foundLanguages.Contains));
            }

            if (!languagesRight)
            {
                Disagree("languages", Describe(expectedLanguages), Describe(foundLanguages));
            }
        }

        var measures = new[] { pay, relevantPay, role, level, domains, languages, otherLanguages }.Select(t => t.ToMeasure()).ToList();
        return new ListingEvaluationReport(labels.Count, missing, new RelevanceScore(tp, fp, fn, tn), measures, errors);
    }

    /// <summary>Both without pay, or the same currency and interval with hourly figures (or, per task, the figures) within 1 %.</summary>
    public static bool PayMatches(PayLabel? expected, PayRange? found)
    {
        if (expected is null || found is null)
        {
            return expected is null && found is null;
        }

        if (expected.Currency is { } currency && !string.Equals(currency, found.Currency, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return expected.HourlyMin is null && expected.HourlyMax is null
            ? Close(expected.Min, found.Min) && Close(expected.Max, found.Max)
            : Close(expected.HourlyMin, found.HourlyMin) && Close(expected.HourlyMax, found.HourlyMax);
    }

    private static bool Close(decimal? expected, decimal? found) =>
        expected is null || found is null
            ? expected is null && found is null
            : Math.Abs(expected.Value - found.Value) <= Math.Abs(expected.Value) * PayTolerance + 0.005m;

    private static bool SameSet(IReadOnlyCollection<string> expected, IReadOnlyCollection<string> found) =>
        expected.ToHashSet(StringComparer.Ordinal).SetEquals(found);

    private static string Describe(IReadOnlyCollection<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids.Order(StringComparer.Ordinal));

    private static string Describe(PayLabel? pay) =>
        pay is null ? "no pay" : $"{Figures(pay.Min, pay.Max)} {pay.Currency} per {pay.Interval} (hourly {Figures(pay.HourlyMin, pay.HourlyMax)})";

    private static string Describe(PayRange? pay) =>
        pay is null ? "no pay" : $"{Figures(pay.Min, pay.Max)} {pay.Currency} per {pay.Interval} (hourly {Figures(pay.HourlyMin, pay.HourlyMax)}) from \"{Shorten(pay.Text)}\"";

    private static string Figures(decimal? min, decimal? max) =>
        $"{min?.ToString("0.##", CultureInfo.InvariantCulture) ?? "?"}–{max?.ToString("0.##", CultureInfo.InvariantCulture) ?? "?"}";

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    private sealed class Tally(string name, string over)
    {
        private int _right;
        private int _of;

        public void Add(bool right)
        {
            _of++;
            _right += right ? 1 : 0;
        }

        public Measure ToMeasure() => new(name, over, _right, _of);
    }
}
