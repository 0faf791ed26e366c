using System.Text.Json;
using JobScout.Core.Sources;
using JobScout.Infrastructure.Configuration;

namespace JobScout.Infrastructure.Crawling;

/// <summary>Where each kind of source is asked for its listings, how it pages, and whether it takes a query.</summary>
public static class SourceEndpoints
{
    private const int PageSize = 100;

    private static readonly Dictionary<string, string> DefaultBaseUrls = new(StringComparer.OrdinalIgnoreCase)
    {
        ["greenhouse"] = "https://boards-api.greenhouse.io",
        ["lever"] = "https://api.lever.co",
        ["ashby"] = "https://api.ashbyhq.com",
        ["workable"] = "https://apply.workable.com",
        ["smartrecruiters"] = "https://api.smartrecruiters.com",
        ["recruitee"] = "", // per company: https://{board}.recruitee.com
        ["remotive"] = "https://remotive.com",
        ["remoteok"] = "https://remoteok.com",
        ["himalayas"] = "https://himalayas.app",
        ["arbeitnow"] = "https://www.arbeitnow.com",
        ["rss"] = "", // the feed's own address
        ["jsonld"] = "", // the job page's own address
    };

    /// <summary>Searches a day by default for sources that take a query (Remotive's terms: about 4 calls a day).</summary>
    private static readonly Dictionary<string, int> DefaultDailyBudgets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["remotive"] = 4,
        ["himalayas"] = 12,
    };

    public static IEnumerable<string> Kinds => DefaultBaseUrls.Keys;

    public static bool Supports(string kind) => DefaultBaseUrls.ContainsKey(kind);

    public static bool TakesQuery(SourceOptions source) => DefaultDailyBudgets.ContainsKey(source.Kind);

    public static int DailyBudget(SourceOptions source) => source.DailyQueryBudget ?? DefaultDailyBudgets.GetValueOrDefault(source.Kind, 0);

    /// <summary>Whole-board sources list every open job each time, so a listing they stop showing has closed.</summary>
    public static bool IsWholeBoard(SourceOptions source) => !TakesQuery(source);

    /// <summary>The part after "kind:" in a listing's source id: the board token, or the source id.</summary>
    public static string SourceKey(SourceOptions source) => string.IsNullOrWhiteSpace(source.Board) ? source.Id : source.Board;

    /// <summary>The "source" value the source's listings carry.</summary>
    public static string ListingSource(SourceOptions source) => $"{source.Kind.ToLowerInvariant()}:{SourceKey(source)}";

    public static Uri FirstPage(SourceOptions source, string? query)
    {
        var key = Uri.EscapeDataString(SourceKey(source));
        var q = Uri.EscapeDataString(query ?? "");
        var baseUrl = BaseUrl(source);
        return new Uri(source.Kind.ToLowerInvariant() switch
        {
            "greenhouse" => $"{baseUrl}/v1/boards/{key}/jobs?content=true",
            "lever" => $"{baseUrl}/v0/postings/{key}?mode=json&skip=0&limit={PageSize}",
            "ashby" => $"{baseUrl}/posting-api/job-board/{key}?includeCompensation=true",
            "workable" => $"{baseUrl}/api/v1/widget/accounts/{key}",
            "smartrecruiters" => $"{baseUrl}/v1/companies/{key}/postings?limit={PageSize}&offset=0",
            "recruitee" => $"{baseUrl}/api/offers/",
            "remotive" => $"{baseUrl}/api/remote-jobs?search={q}&limit={PageSize}",
            "remoteok" => $"{baseUrl}/api",
            "himalayas" => $"{baseUrl}/jobs/api/search?q={q}",
            "arbeitnow" => $"{baseUrl}/api/job-board-api",
            "rss" or "jsonld" => baseUrl,
            _ => throw new InvalidOperationException($"Kind \"{source.Kind}\" cannot be crawled."),
        });
    }

    /// <summary>The next page to fetch, or null when the source has no more.</summary>
    public static Uri? NextPage(SourceOptions source, Uri current, string payload, int listingsOnPage)
    {
        var query = System.Web.HttpUtility.ParseQueryString(current.Query);
        switch (source.Kind.ToLowerInvariant())
        {
            case "lever" when listingsOnPage >= PageSize:
                return With(current, "skip", (int.Parse(query["skip"] ?? "0", System.Globalization.CultureInfo.InvariantCulture) + PageSize).ToString(System.Globalization.CultureInfo.InvariantCulture));
            case "smartrecruiters":
                var offset = int.Parse(query["offset"] ?? "0", System.Globalization.CultureInfo.InvariantCulture) + PageSize;
                return offset < TotalFound(payload) ? With(current, "offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
            case "himalayas":
                return HimalayasParser.NextCursor(payload) is { } cursor ? With(current, "cursor", cursor) : null;
            case "arbeitnow":
                // Follow the API's own next link, but never off to another host.
                return Uri.TryCreate(ArbeitnowParser.NextPage(payload), UriKind.Absolute, out var next) && next.Authority == current.Authority ? next : null;
            default:
                return null;
        }
    }

    /// <summary>Single-document sources can be asked "changed since?"; paged ones are read whole.</summary>
    public static bool SupportsConditionalGet(SourceOptions source) =>
        source.Kind.ToLowerInvariant() is "greenhouse" or "ashby" or "workable" or "recruitee" or "remoteok" or "rss" or "jsonld";

    private static string BaseUrl(SourceOptions source)
    {
        if (!string.IsNullOrWhiteSpace(source.BaseUrl))
        {
            return source.BaseUrl.TrimEnd('/');
        }

        return source.Kind.ToLowerInvariant() switch
        {
            "recruitee" => $"https://{SourceKey(source)}.recruitee.com",
            "rss" or "jsonld" => throw new InvalidOperationException($"Source \"{source.Id}\" needs a baseUrl: the address of its {source.Kind} document."),
            _ => DefaultBaseUrls[source.Kind],
        };
    }

    private static Uri With(Uri uri, string name, string value)
    {
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        query[name] = value;
        return new UriBuilder(uri) { Query = query.ToString() }.Uri;
    }

    private static int TotalFound(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return (int)(document.RootElement.Number("totalFound") ?? 0);
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
