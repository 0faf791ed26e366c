using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JobScout.Core.Listings;
using JobScout.Core.Pay;

namespace JobScout.Core.Sources;

/// <summary>
/// Reads schema.org JSON-LD as real pages write it: a value may be a string, a number, an object or an array
/// of any of these, and an entity may be a bare <c>{"@id": …}</c> reference to a node elsewhere in the block.
/// </summary>
internal static class JsonLdReading
{
    private const int MaxDepth = 32;
    private static readonly char[] TypeSeparators = ['/', ':', '#'];

    /// <summary>Every JobPosting in a block (top level, arrays, <c>@graph</c>, nested), and the nodes by <c>@id</c>.</summary>
    public static void Collect(JsonElement element, List<JsonElement> postings, Dictionary<string, JsonElement> nodes, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, postings, nodes, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.Text("@id") is { Length: > 0 } id && element.EnumerateObject().Count() > 1)
            {
                nodes.TryAdd(id, element);
            }

            if (IsJobPosting(element))
            {
                postings.Add(element);
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, postings, nodes, depth + 1);
            }
        }
    }

    /// <summary>The property's values: an array's items, or the single value.</summary>
    public static List<JsonElement> OneOrMany(this JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
    }

    /// <summary>The first usable value: plain text, or <paramref name="key"/> of an object (also one met only by its @id).</summary>
    public static string? Named(this JsonElement item, string name, string key, Dictionary<string, JsonElement>? nodes = null)
    {
        foreach (var value in item.OneOrMany(name))
        {
            var entity = value.ValueKind == JsonValueKind.Object && value.Text(key) is null
                         && value.Text("@id") is { } id && nodes is not null && nodes.TryGetValue(id, out var node)
                ? node
                : value;
            var text = Clean(entity.ValueKind == JsonValueKind.Object ? entity.Text(key) : AsText(entity));
            if (text.Length > 0)
            {
                return text;
            }
        }

        return null;
    }

    public static List<string> Texts(this JsonElement item, string name) =>
        item.OneOrMany(name).Select(value => Clean(AsText(value))).Where(text => text.Length > 0).ToList();

    public static bool? Telecommute(this JsonElement posting) =>
        posting.Texts("jobLocationType").Any(type => type.Equals("TELECOMMUTE", StringComparison.OrdinalIgnoreCase)) ? true : null;

    /// <summary>Where remote applicants may live: each area's name or address country, as written.</summary>
    public static List<string> Areas(this JsonElement posting) =>
        posting.OneOrMany("applicantLocationRequirements")
            .Select(AreaName)
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The areas that are ISO-3166 alpha-2 codes ("US"); names such as "Europe" stay in the location text only.</summary>
    public static List<string> Countries(List<string> areas) =>
        areas.Select(area => area.ToUpperInvariant())
            .Where(code => code.Length == 2 && code.All(char.IsAsciiLetter))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>"Remote - US, CA" for remote work, then "City, Region, Country" (or the address text) for each place.</summary>
    public static string? Location(this JsonElement posting, bool? remote, List<string> areas)
    {
        var parts = posting.OneOrMany("jobLocation").Select(Place).Where(place => place.Length > 0).ToList();
        if (remote == true)
        {
            parts.Insert(0, areas.Count == 0 ? "Remote" : "Remote - " + string.Join(", ", areas));
        }

        var distinct = parts.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct.Count == 0 ? null : string.Join("; ", distinct);
    }

    /// <summary>baseSalary as a MonetaryAmount (value a QuantitativeValue or a number) or a bare number.</summary>
    public static PayRange? Salary(this JsonElement posting)
    {
        var salaries = posting.OneOrMany("baseSalary");
        if (salaries.Count == 0)
        {
            return null;
        }

        var salary = salaries[0];
        if (salary.ValueKind != JsonValueKind.Object)
        {
            var amount = AmountOf(salary);
            return PayRanges.From(amount, amount, posting.Text("salaryCurrency"), null);
        }

        var currency = salary.Text("currency") ?? posting.Text("salaryCurrency");
        if (salary.Child("value") is not { } value)
        {
            var amount = salary.Number("value");
            return PayRanges.From(amount, amount, currency, salary.Text("unitText"));
        }

        var single = value.Number("value");
        return PayRanges.From(value.Number("minValue") ?? single, value.Number("maxValue") ?? single, currency,
            value.Text("unitText") ?? salary.Text("unitText"));
    }

    /// <summary>An id that stays the same across crawls when the page gives none.</summary>
    public static string StableId(string title, string company) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title.Trim() + "\n" + company.Trim())))[..16];

    private static bool IsJobPosting(JsonElement item) =>
        item.Texts("@type").Any(type =>
            type[(type.LastIndexOfAny(TypeSeparators) + 1)..].Equals("JobPosting", StringComparison.OrdinalIgnoreCase));

    private static string AreaName(JsonElement area)
    {
        if (area.ValueKind != JsonValueKind.Object)
        {
            return Clean(AsText(area));
        }

        var name = Clean(area.Text("name"));
        return name.Length > 0 ? name : Clean(area.Child("address")?.Named("addressCountry", "name"));
    }

    private static string Place(JsonElement place)
    {
        if (place.ValueKind != JsonValueKind.Object)
        {
            return Clean(AsText(place));
        }

        if (!place.TryGetProperty("address", out var address) || address.ValueKind != JsonValueKind.Object)
        {
            // Real pages send the address as one string.
            var text = Clean(AsText(address));
            return text.Length > 0 ? text : Clean(place.Text("name"));
        }

        string?[] parts = [address.Text("addressLocality"), address.Text("addressRegion"), address.Named("addressCountry", "name")];
        return string.Join(", ", parts.Select(Clean).Where(part => part.Length > 0));
    }

    private static decimal? AmountOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
        JsonValueKind.String => PayRanges.Amount(value.GetString()),
        _ => null,
    };

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static string Clean(string? text) => string.IsNullOrWhiteSpace(text) ? "" : WebUtility.HtmlDecode(text).Trim();
}
