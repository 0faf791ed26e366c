namespace JobScout.Core.Text;

/// <summary>Links taken from crawled payloads: only absolute http(s) addresses become links (never javascript:, data: or file:).</summary>
public static class WebLinks
{
    public static string? HttpOrNull(string? link)
    {
        var trimmed = link?.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? trimmed
            : null;
    }
}
