namespace JobScout.Core.Evaluation;

/// <summary>How well listings were judged against hand labels: each measure, and every disagreement.</summary>
public sealed record ListingEvaluationReport(
    int Labelled,
    int Missing,
    RelevanceScore Relevance,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<LabelDisagreement> Errors);

public sealed record RelevanceScore(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>A share of listings judged right: <paramref name="Right"/> of <paramref name="Of"/>.</summary>
public sealed record Measure(string Name, string Over, int Right, int Of)
{
    public double Value => Of == 0 ? 1 : (double)Right / Of;
}

/// <summary>One listing where the judgement differs from its label.</summary>
public sealed record LabelDisagreement(string Measure, string File, string SourceId, string Title, string Expected, string Found);
