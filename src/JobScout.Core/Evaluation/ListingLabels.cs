using System.Text.Json;

namespace JobScout.Core.Evaluation;

/// <summary>Reads labels from JSON lines; a line that cannot be read is reported with its number.</summary>
public static class ListingLabels
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ListingLabel> Parse(string text, string name)
    {
        var labels = new List<ListingLabel>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var label = JsonSerializer.Deserialize<ListingLabel>(line, Json);
                if (label is null || string.IsNullOrWhiteSpace(label.File) || string.IsNullOrWhiteSpace(label.SourceId))
                {
                    throw new FormatException($"{name} line {number}: a label needs \"file\" and \"sourceId\".");
                }

                labels.Add(label);
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{name} line {number}: not a label ({ex.Message})", ex);
            }
        }

        return labels;
    }
}
