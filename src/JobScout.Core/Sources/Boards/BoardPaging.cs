using System.Globalization;
using System.Web;

namespace JobScout.Core.Sources.Boards;

/// <summary>What paged boards share: the page size asked for, and reading or setting one query parameter.</summary>
public static class BoardPaging
{
    public const int PageSize = 100;

    public static int IntParameter(Uri uri, string name) =>
        int.TryParse(HttpUtility.ParseQueryString(uri.Query)[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public static Uri With(Uri uri, string name, string value)
    {
        var query = HttpUtility.ParseQueryString(uri.Query);
        query[name] = value;
        return new UriBuilder(uri) { Query = query.ToString() }.Uri;
    }

    public static Uri With(Uri uri, string name, int value) => With(uri, name, value.ToString(CultureInfo.InvariantCulture));
}
