using System.Globalization;
using JobScout.Infrastructure.Search;

namespace JobScout.Web.Hosting;

/// <summary>
/// Anonymous visitors asking for the same search, API search or listing get the page already rendered, for up to 30 s
/// and only while the index is unchanged. Signed-in visitors, and any answer that sets a cookie, are never cached.
/// </summary>
public static class OutputCachingExtensions
{
    public const string PublicPages = "public-pages";
    private const string AuthCookie = "jobscout.auth";
    private const string LastVisitCookie = "jobscout_last_visit";

    public const string ListingsTag = "listings";

    public static IServiceCollection AddJobScoutOutputCache(this IServiceCollection services) =>
        services.AddHostedService<OutputCacheEviction>().AddOutputCache(options => options.AddPolicy(PublicPages, policy => policy
            .Tag(ListingsTag)
            .With(context => !context.HttpContext.Request.Cookies.ContainsKey(AuthCookie) && context.HttpContext.User.Identity?.IsAuthenticated != true)
            .Expire(TimeSpan.FromSeconds(30))
            .SetVaryByQuery("*")
            // A new index commit starts a new set of pages; "new since your last visit" marks depend on the visitor's cookie.
            .VaryByValue(context => new KeyValuePair<string, string>("state", string.Create(CultureInfo.InvariantCulture,
                $"{context.RequestServices.GetRequiredService<ListingIndex>().Generation}|{context.Request.Cookies[LastVisitCookie]}")))));
}
