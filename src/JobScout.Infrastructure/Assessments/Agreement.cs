namespace JobScout.Infrastructure.Assessments;

/// <summary>The agreement statistics of the scores: Kendall's τ-b for rankings, Cohen's κ for labels.</summary>
public static class Agreement
{
    /// <summary>
    /// Kendall's τ-b between two rankings of the same items (rank numbers, lower is better; equal numbers are ties):
    /// (concordant − discordant) / √((n0 − n1)(n0 − n2)). Null when either ranking ties everything.
    /// </summary>
    public static double? KendallTauB(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException("Both rankings must rank the same items.", nameof(y));
        }

        long concordant = 0, discordant = 0, tiedX = 0, tiedY = 0;
        for (var i = 0; i < x.Count; i++)
        {
            for (var j = i + 1; j < x.Count; j++)
            {
                var dx = Math.Sign(x[i] - x[j]);
                var dy = Math.Sign(y[i] - y[j]);
                if (dx == 0 && dy == 0)
                {
                    continue; // tied in both: counts in neither n1 nor n2's complement
                }

                if (dx == 0)
                {
                    tiedX++;
                }
                else if (dy == 0)
                {
                    tiedY++;
                }
                else if (dx == dy)
                {
                    concordant++;
                }
                else
                {
                    discordant++;
                }
            }
        }

        // n0 − n1 = pairs not tied in x; n0 − n2 = pairs not tied in y.
        var notTiedX = concordant + discordant + tiedY;
        var notTiedY = concordant + discordant + tiedX;
        return notTiedX == 0 || notTiedY == 0 ? null : (concordant - discordant) / Math.Sqrt((double)notTiedX * notTiedY);
    }

    /// <summary>Cohen's κ between the applicant's and the gold labels over an attempt: (pₒ − pₑ) / (1 − pₑ). Null without labels.</summary>
    public static double? CohenKappa(IReadOnlyList<(string Gold, string Chosen)> pairs)
    {
        if (pairs.Count == 0)
        {
            return null;
        }

        double n = pairs.Count;
        var observed = pairs.Count(p => p.Gold == p.Chosen) / n;
        var categories = pairs.Select(p => p.Gold).Concat(pairs.Select(p => p.Chosen)).Distinct();
        var expected = categories.Sum(c => pairs.Count(p => p.Gold == c) / n * (pairs.Count(p => p.Chosen == c) / n));
        return expected >= 1 ? (observed >= 1 ? 1 : 0) : (observed - expected) / (1 - expected);
    }
}
