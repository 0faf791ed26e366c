namespace JobScout.Core.Scams;

/// <summary>One dated fact about a platform, with the public page it comes from.</summary>
public sealed record PlatformFact(string Topic, string Text, string Source, string Recorded)
{
    /// <summary>The topics every platform's entry answers, in the order pages show them.</summary>
    public static readonly IReadOnlyList<(string Topic, string Label)> Topics =
    [
        ("countries", "Countries accepted"),
        ("languages", "Languages"),
        ("work-authorization", "Work authorization"),
        ("payment", "Payment"),
        ("qualification", "Qualification"),
    ];

    public static string LabelOf(string topic) => Topics.FirstOrDefault(t => t.Topic == topic).Label ?? topic;
}
