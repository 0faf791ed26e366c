using System.Text.Json;
using AngleSharp.Html.Parser;
using JobScout.Core.Listings;

namespace JobScout.Core.Sources.Boards;

/// <summary>
/// HTML job pages that describe their postings as schema.org <c>JobPosting</c> in
/// <c>&lt;script type="application/ld+json"&gt;</c> blocks. A block that is not JSON is reported and skipped.
/// </summary>
public sealed class JsonLdPageBoard : IJobBoard
{
    private const string LdJsonType = "application/ld+json";

    private static readonly JsonDocumentOptions BlockOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public string Kind => "jsonld";

    // The feed or page lives at its own address, which every source names.
    public string? DefaultBaseUrl(string sourceKey) => null;

    public bool SupportsConditionalGet => true;

    public Uri FirstPage(string baseUrl, string key, string query) => new(baseUrl);

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        using var page = new HtmlParser().ParseDocument(payload);
        var canonical = page.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        var blocks = page.QuerySelectorAll("script")
            .Where(script => string.Equals(script.GetAttribute("type")?.Trim(), LdJsonType, StringComparison.OrdinalIgnoreCase))
            .Select(script => script.TextContent.Trim())
            .ToList();

        var listings = new List<NormalizedListing>();
        var problems = new List<string>();
        var postingCount = 0;
        for (var index = 0; index < blocks.Count; index++)
        {
            using var block = ReadBlock(blocks[index], index + 1, problems);
            if (block is null)
            {
                continue;
            }

            var postings = new List<JsonElement>();
            var nodes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            JsonLdReading.Collect(block.RootElement, postings, nodes);
            foreach (var posting in postings)
            {
                postingCount++;
                var draft = Draft(posting, nodes, sourceKey, canonical);
                if (draft is null)
                {
                    problems.Add($"JobPosting #{postingCount}: skipped, it has no title");
                    continue;
                }

                PostingFailure.NormalizeInto(draft, listings, problems, $"JobPosting #{postingCount}");
            }
        }

        if (postingCount == 0)
        {
            var firstProblem = problems.Count > 0 ? $" ({problems[0]})" : "";
            throw new SourceFormatException(
                $"The page has no schema.org JobPosting in its {blocks.Count} ld+json block(s){firstProblem}; is this a job page?");
        }

        return new ParsedPayload(listings, problems);
    }

    private static JsonDocument? ReadBlock(string json, int number, List<string> problems)
    {
        if (json.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(json, BlockOptions);
        }
        catch (JsonException ex)
        {
            problems.Add($"ld+json block #{number}: skipped, not valid JSON ({ex.Message})");
            return null;
        }
    }

    private ListingDraft? Draft(JsonElement posting, Dictionary<string, JsonElement> nodes, string sourceKey, string? canonical)
    {
        var title = posting.Text("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            title = posting.Text("name");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var company = posting.Named("hiringOrganization", "name", nodes) ?? sourceKey;
        var url = posting.Texts("url") is [var own, ..] ? own : string.IsNullOrWhiteSpace(canonical) ? null : canonical.Trim();
        var remote = posting.Telecommute();
        var areas = posting.Areas();
        return new ListingDraft
        {
            Source = $"{Kind}:{sourceKey}",
            SourceId = posting.Named("identifier", "value") ?? url ?? JsonLdReading.StableId(title, company),
            Title = title,
            Company = company,
            Url = url,
            // directApply only says whether that page takes the application; either way it is where to go.
            ApplyUrl = url,
            Location = posting.Location(remote, areas),
            DescriptionHtml = posting.Text("description"),
            Pay = posting.Salary(),
            Remote = remote,
            Countries = JsonLdReading.Countries(areas),
            PostedAt = posting.Date("datePosted"),
            ValidThrough = posting.Date("validThrough"),
            EmploymentType = posting.Texts("employmentType") is [var first, ..] ? first : null,
            Tags = [.. posting.Texts("industry"), .. posting.Texts("occupationalCategory")],
        };
    }
}
