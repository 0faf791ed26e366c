namespace JobScout.Infrastructure.Assessments;

/// <summary>A practice pack as written in data/assessments/*.json (format: docs/assessment-packs.md).</summary>
public sealed record PracticePack(
    string Id,
    string Title,
    int Version,
    string Description,
    string Domain,
    int PassMark,
    int TimeLimitMinutes,
    PackSource? Source,
    IReadOnlyList<PracticeItem> Items);

/// <summary>Where an imported pack came from, credited wherever it is shown.</summary>
public sealed record PackSource(string Name, string Url, string Licence, string? Note);

/// <summary>One item. Which of the optional parts it has depends on <see cref="Type"/>.</summary>
public sealed record PracticeItem(
    string Id,
    string Type,
    string Prompt,
    string Instructions,
    string Trick,
    string Explanation)
{
    public IReadOnlyList<KeyPoint> KeyPoints { get; init; } = [];

    public string? Response { get; init; }

    public IReadOnlyDictionary<string, RatingDimension>? Dimensions { get; init; }

    public string? ResponseA { get; init; }

    public string? ResponseB { get; init; }

    public string? Gold { get; init; }

    public IReadOnlyList<RankedResponse>? Responses { get; init; }

    public IReadOnlyList<string>? GoldOrder { get; init; }

    public IReadOnlyList<FactClaim>? Claims { get; init; }

    public string? Text { get; init; }

    public string? LabelSet { get; init; }

    public IReadOnlyList<string>? Options { get; init; }

    public IReadOnlyList<string>? Accepted { get; init; }

    public string? Query { get; init; }

    public string? UserIntent { get; init; }

    public SearchResultCard? Result { get; init; }

    public GradedChoice? NeedsMet { get; init; }

    public GradedChoice? PageQuality { get; init; }

    public IReadOnlyList<RubricCriterion>? Rubric { get; init; }

    public string? ModelAnswer { get; init; }
}

public sealed record KeyPoint(string Point, IReadOnlyList<string> Phrasings);

public sealed record RatingDimension(int Gold, int Tolerance, string Explanation);

public sealed record RankedResponse(string Id, string Text);

public sealed record FactClaim(string Text, string Gold, string Source, string Explanation);

public sealed record SearchResultCard(string Title, string Url, string Snippet);

public sealed record GradedChoice(string Gold, IReadOnlyList<string> Accepted);

public sealed record RubricCriterion(string Criterion, IReadOnlyList<KeyPoint> KeyPoints);

/// <summary>The fixed vocabularies of the format.</summary>
public static class PackVocabulary
{
    public const string Rating = "rating";
    public const string Pairwise = "pairwise";
    public const string Ranking = "ranking";
    public const string FactCheck = "factcheck";
    public const string Label = "label";
    public const string Search = "search";
    public const string Rewrite = "rewrite";

    public static IReadOnlyList<string> ItemTypes { get; } = [Rating, Pairwise, Ranking, FactCheck, Label, Search, Rewrite];

    public static IReadOnlyList<string> Dimensions { get; } = ["accuracy", "helpfulness", "clarity", "reasoning", "safety"];

    public static IReadOnlyList<string> Tricks { get; } =
        ["none", "fluent-but-wrong", "partially-responsive", "unsafe-advice", "privacy-invasive", "unsupported-claims"];

    public static IReadOnlyList<string> PairwiseChoices { get; } = ["A", "B", "tie"];

    public static IReadOnlyList<string> ClaimVerdicts { get; } = ["supported", "unsupported", "false"];

    public static IReadOnlyList<string> LabelSets { get; } = ["sentiment", "intent", "error-category", "safety-class"];

    /// <summary>Best first, with the in-between ratings raters use ("Highly Meets+" lies between Highly and Fully Meets).</summary>
    public static IReadOnlyList<string> NeedsMet { get; } =
        ["Fully Meets", "Highly Meets+", "Highly Meets", "Moderately Meets+", "Moderately Meets", "Slightly Meets+", "Slightly Meets", "Fails to Meet+", "Fails to Meet"];

    /// <summary>Best first.</summary>
    public static IReadOnlyList<string> PageQuality { get; } = ["Highest", "High", "Medium", "Low", "Lowest"];

    /// <summary>A rating's place on its scale in whole grades from the best: an in-between "+" rating sits half a grade above its grade.</summary>
    public static double GradePosition(string rating, IReadOnlyList<string> scale)
    {
        var grades = scale.Where(r => !r.EndsWith('+')).ToList();
        var plus = rating.EndsWith('+');
        return grades.IndexOf(plus ? rating[..^1] : rating) - (plus ? 0.5 : 0);
    }
}
