namespace JobScout.Infrastructure.Assessments;

/// <summary>One rating dimension over an attempt: how often within tolerance, and the mean absolute error.</summary>
public sealed record DimensionSummary(string Dimension, double WithinToleranceRate, double MeanAbsoluteError, int Count);

/// <summary>An attempt's scores: overall, per dimension, pairwise accuracy, mean τ-b, Cohen's κ, and what to practise next.</summary>
public sealed record AttemptSummary(
    double Percent,
    bool Passed,
    IReadOnlyList<DimensionSummary> Dimensions,
    double? PairwiseAccuracy,
    double? MeanTauB,
    double? LabelKappa,
    double? KeyPointCoverage,
    IReadOnlyList<string> PractiseNext)
{
    /// <summary>Cohen's κ says little over a handful of labels; under this many, percent agreement is shown instead.</summary>
    public const int FewestLabelsForKappa = 10;

    /// <summary>Share of labels that match an accepted one, or null without labels.</summary>
    public double? LabelAgreement { get; init; }

    public int Labels { get; init; }

    public static AttemptSummary Of(PracticePack pack, IReadOnlyList<ItemResult> results)
    {
        var percent = results.Count == 0 ? 0 : Math.Round(100 * results.Sum(r => r.Points) / pack.Items.Count, 1);
        var dimensions = results.SelectMany(r => r.Dimensions).GroupBy(d => d.Dimension)
            .Select(g => new DimensionSummary(g.Key, g.Count(d => d.WithinTolerance) / (double)g.Count(),
                g.Average(d => (double)(d.AbsoluteError ?? 4)), g.Count()))
            .OrderBy(d => PackVocabulary.Dimensions.ToList().IndexOf(d.Dimension))
            .ToList();
        var pairwise = results.Where(r => r.Type == PackVocabulary.Pairwise).ToList();
        var taus = results.Where(r => r.TauB is not null).Select(r => r.TauB!.Value).ToList();
        var labels = results.Where(r => r.LabelPair is not null).Select(r => (r.LabelPair!.Gold, r.LabelPair.Chosen)).ToList();
        var points = results.SelectMany(r => r.KeyPoints).ToList();
        var labelAgreement = labels.Count == 0 ? (double?)null : labels.Count(l => l.Gold == l.Chosen) / (double)labels.Count;
        return new AttemptSummary(
            percent,
            percent >= pack.PassMark,
            dimensions,
            pairwise.Count == 0 ? null : pairwise.Count(r => r.ChoiceRight == true) / (double)pairwise.Count,
            taus.Count == 0 ? null : taus.Average(),
            labels.Count >= FewestLabelsForKappa ? Agreement.CohenKappa(labels) : null,
            points.Count == 0 ? null : points.Count(p => p.Covered) / (double)points.Count,
            WeakestAreas(results, dimensions))
        { LabelAgreement = labelAgreement, Labels = labels.Count };
    }

    /// <summary>The weakest areas first: rating dimensions under 70 % within tolerance, then item types under 70 % of their points.</summary>
    private static List<string> WeakestAreas(IReadOnlyList<ItemResult> results, IReadOnlyList<DimensionSummary> dimensions)
    {
        var weak = dimensions.Where(d => d.WithinToleranceRate < 0.7).OrderBy(d => d.WithinToleranceRate)
            .Select(d => $"Rating {d.Dimension}: within tolerance {d.WithinToleranceRate:P0} of the time, off by {d.MeanAbsoluteError:0.0} on average")
            .ToList();
        weak.AddRange(results.GroupBy(r => r.Type).Select(g => (Type: g.Key, Share: g.Average(r => r.Points)))
            .Where(t => t.Share < 0.7).OrderBy(t => t.Share)
            .Select(t => $"{TypeLabel(t.Type)} items: {t.Share:P0} of their points"));
        if (results.SelectMany(r => r.KeyPoints).ToList() is { Count: > 0 } points && points.Count(p => p.Covered) < points.Count * 0.6)
        {
            weak.Add("Written justifications: name the exact error and the rubric line it breaks");
        }

        return weak.Take(4).ToList();
    }

    public static string TypeLabel(string type) => type switch
    {
        PackVocabulary.Rating => "Rubric rating",
        PackVocabulary.Pairwise => "A/B comparison",
        PackVocabulary.Ranking => "Ranking",
        PackVocabulary.FactCheck => "Fact-check",
        PackVocabulary.Label => "Labelling",
        PackVocabulary.Search => "Search evaluation",
        _ => "Rewrite",
    };
}
