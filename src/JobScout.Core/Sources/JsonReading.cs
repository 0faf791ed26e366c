using System.Globalization;
using System.Text.Json;

namespace JobScout.Core.Sources;

/// <summary>Tolerant reads from source JSON: a wrong type or a missing key gives null, never an exception.</summary>
public static class JsonReading
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

    /// <summary>The payload's top-level array of postings; a clear error when the payload is not shaped that way.</summary>
    /// <param name="root">The payload's root element.</param>
    /// <param name="property">The array's key ("jobs", "data", "offers"…).</param>
    /// <param name="kind">The source kind, for the message.</param>
    /// <param name="expected">What the payload should have been, e.g. "a Greenhouse board".</param>
    public static JsonElement RequiredArray(JsonElement root, string property, string kind, string expected) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array
            : throw new SourceFormatException($"The {kind} payload has no \"{property}\" array; is this {expected}?");

    /// <summary>A string, or a number/boolean as its text.</summary>
    public static string? Text(this JsonElement element, string name)
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

    public static JsonElement? Child(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Object ? value : null;

    /// <summary>The array's items; empty when the key is missing or not an array.</summary>
    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    /// <summary>The array's string items (numbers as text), skipping anything else.</summary>
    public static IReadOnlyList<string> Strings(this JsonElement element, string name) =>
        element.Array(name)
            .Select(item => item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Number => item.GetRawText(),
                _ => null,
            })
            .OfType<string>()
            .Where(s => s.Length > 0)
            .ToList();

    /// <summary>A number, also when sent as a string ("14.00").</summary>
    public static decimal? Number(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
                JsonValueKind.String => Pay.PayRanges.Amount(value.GetString()),
                _ => null,
            }
            : null;

    /// <summary>true/false, also "true"/"false"/"1"/"0" strings; null when absent or anything else.</summary>
    public static bool? Bool(this JsonElement element, string name) => element.Text(name)?.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" => true,
        "FALSE" or "0" or "NO" => false,
        _ => null,
    };

    /// <summary>An ISO-8601 date (with or without offset; UTC assumed) or "2026-09-18 12:55:59 UTC".</summary>
    public static DateTimeOffset? Date(this JsonElement element, string name) => ParseDate(element.Text(name));

    /// <summary>A date sent as epoch seconds (or milliseconds, told apart by size).</summary>
    public static DateTimeOffset? EpochDate(this JsonElement element, string name)
    {
        if (element.Number(name) is not { } number || number <= 0)
        {
            return null;
        }

        try
        {
            return number > 100_000_000_000m
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)number)
                : DateTimeOffset.FromUnixTimeSeconds((long)number);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = text.Trim();
        if (cleaned.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase))
        {
            cleaned = cleaned[..^4] + "Z";
        }

        return DateTimeOffset.TryParse(cleaned, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;
    }
}
