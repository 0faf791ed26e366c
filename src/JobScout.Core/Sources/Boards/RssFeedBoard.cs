using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using JobScout.Core.Classification;
using JobScout.Core.Listings;

namespace JobScout.Core.Sources.Boards;

/// <summary>RSS 2.0 job feeds in the We Work Remotely style: item titles read "Company: Role".</summary>
public sealed class RssFeedBoard : IJobBoard
{
    private static readonly string[] Rfc822Formats = ["d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz"];
    private static readonly string[] UtcZones = ["GMT", "UTC", "UT", "Z"];
    private static readonly char[] SkillSeparators = [',', ';'];

    public string Kind => "rss";

    // The feed or page lives at its own address, which every source names.
    public string? DefaultBaseUrl(string sourceKey) => null;

    public bool SupportsConditionalGet => true;

    public Uri FirstPage(string baseUrl, string key, string query) => new(baseUrl);

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        var channel = Load(payload).Root is { Name.LocalName: "rss" } root ? root.Element("channel") : null;
        if (channel is null)
        {
            throw new SourceFormatException("The rss payload has no <rss><channel> element; is this an RSS 2.0 job feed?");
        }

        var feedTitle = Value(channel, "title") ?? sourceKey;
        var listings = new List<NormalizedListing>();
        var problems = new List<string>();
        var index = 0;
        foreach (var item in channel.Elements("item"))
        {
            index++;
            var fullTitle = Value(item, "title");
            var link = Value(item, "link");
            var id = Value(item, "guid") ?? link;
            if (id is null || fullTitle is null)
            {
                problems.Add($"job #{index}: skipped, it has no id or title");
                continue;
            }

            var colon = fullTitle.IndexOf(": ", StringComparison.Ordinal);
            var split = colon > 0 && colon + 2 < fullTitle.Length;
            var region = Value(item, "region");
            var country = Value(item, "country");
            var location = region is null || country is null || string.Equals(region, country, StringComparison.OrdinalIgnoreCase)
                ? region ?? country
                : $"{region}, {country}";
            var tags = new List<string>();
            if (Value(item, "category") is { } category)
            {
                tags.Add(category);
            }

            tags.AddRange((Value(item, "skills") ?? "").Split(SkillSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            PostingFailure.NormalizeInto(new ListingDraft
            {
                Source = $"{Kind}:{sourceKey}",
                SourceId = id,
                Title = split ? fullTitle[(colon + 2)..].Trim() : fullTitle,
                Company = split ? fullTitle[..colon].Trim() : feedTitle,
                Url = link,
                Location = location,
                DescriptionHtml = Value(item, "description"),
                // Feeds of remote jobs say so in the region; anything else is left to the reader.
                Remote = RemoteDetector.FromLocation(region) == true || RemoteDetector.FromLocation(fullTitle) == true ? true : null,
                // The region says who may apply ("USA Only"); the country counts only when there is no region.
                Countries = CountryCodes.FromLocation(region ?? country),
                PostedAt = ParseRfc822(Value(item, "pubDate")),
                EmploymentType = Value(item, "type"),
                Tags = tags,
            }, listings, problems, $"job #{index}");
        }

        return new ParsedPayload(listings, problems);
    }

    /// <summary>RFC 822 dates ("Tue, 24 Nov 2026 10:00:00 +0000" or "… GMT"); the weekday is ignored.</summary>
    public static DateTimeOffset? ParseRfc822(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and < 10)
        {
            value = value[(comma + 1)..].Trim();
        }

        foreach (var zone in UtcZones)
        {
            if (value.EndsWith(" " + zone, StringComparison.OrdinalIgnoreCase))
            {
                value = string.Concat(value.AsSpan(0, value.Length - zone.Length), "+00:00");
                break;
            }
        }

        // "+0000" → "+00:00", the form the zzz specifier reads.
        if (value.Length > 5 && value[^5] is '+' or '-' && !value.AsSpan(value.Length - 4).ContainsAnyExceptInRange('0', '9'))
        {
            value = value.Insert(value.Length - 2, ":");
        }

        return DateTimeOffset.TryParseExact(value, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : JsonReading.ParseDate(text);
    }

    // DTDs are refused outright: no entity expansion, no external resources.
    private XDocument Load(string payload)
    {
        try
        {
            using var text = new StringReader(payload);
            using var reader = XmlReader.Create(text, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new SourceFormatException($"The {Kind} payload is not well-formed XML (line {ex.LineNumber}): {ex.Message}", ex);
        }
    }

    private static string? Value(XElement parent, string name) =>
        parent.Element(name)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
