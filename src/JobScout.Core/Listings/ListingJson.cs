using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobScout.Core.Listings;

/// <summary>The one JSON shape of a normalized listing: camelCase, nulls kept, ISO-8601 dates.</summary>
public static class ListingJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(NormalizedListing listing) => JsonSerializer.Serialize(listing, Options);

    public static NormalizedListing Deserialize(string json) =>
        JsonSerializer.Deserialize<NormalizedListing>(json, Options)
        ?? throw new JsonException("A stored listing was empty.");
}
