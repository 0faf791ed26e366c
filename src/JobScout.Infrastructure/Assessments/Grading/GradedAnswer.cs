using System.Text.Json;

namespace JobScout.Infrastructure.Assessments.Grading;

/// <summary>An answer to one item with the score (0–100) an expert grader gives it (tests/…/Fixtures/grading).</summary>
public sealed record GradedAnswer(string Pack, string Item, string Kind, ItemAnswer Answer, double Expert, string? Note)
{
    public static readonly IReadOnlyList<string> Kinds = ["strong", "partial", "paraphrased", "verbatim", "wrong", "empty", "off-topic", "copied-prompt"];

    /// <summary>Reads JSON lines; a bad line is a <see cref="FormatException"/> naming the file and line.</summary>
    public static IReadOnlyList<GradedAnswer> Parse(string jsonLines, string fileName)
    {
        var answers = new List<GradedAnswer>();
        var number = 0;
        foreach (var line in jsonLines.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            GradedAnswer? answer;
            try
            {
                answer = JsonSerializer.Deserialize<GradedAnswer>(line, PackLibrary.Json);
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{fileName}:{number}: not a graded answer: {ex.Message}");
            }

            if (answer is null || answer.Answer is null || string.IsNullOrEmpty(answer.Pack) || string.IsNullOrEmpty(answer.Item)
                || !Kinds.Contains(answer.Kind) || answer.Expert is < 0 or > 100)
            {
                throw new FormatException($"{fileName}:{number}: needs pack, item, a kind ({string.Join(", ", Kinds)}), an answer and an expert score 0-100");
            }

            answers.Add(answer);
        }

        return answers;
    }
}
