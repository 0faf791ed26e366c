using System.Globalization;
using System.Text.Json;

namespace JobScout.Core.Sources;

/// <summary>Tolerant reads from source JSON: a wrong type or a missing key gives null, never an exception.</summary>
internal static class JsonReading
{
    public static JsonDocument ParseDocument(string payload, string kind)
    {
        try
        {
            return JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new SourceFormatException($"The {kind} payload is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
    }

    public static string? String(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Object ? value : null;

    public static DateTimeOffset? Date(this JsonElement element, string name) => ParseDate(element.String(name));

    public static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;
}
