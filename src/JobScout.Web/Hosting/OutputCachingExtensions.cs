using System.Globalization;
using JobScout.Infrastructure.Search;

namespace JobScout.Web.Hosting;

/// <summary>
/// Anonymous visitors asking for the same search, API search or listing get the page already rendered, for up to 30 s
/// and only until the index next commits. Signed-in visitors, and any answer that sets a cookie, are never cached.
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
            // "New since your last visit" marks depend on the visitor's cookie; an index commit evicts the tag (OutputCacheEviction).
            .VaryByValue(context => new KeyValuePair<string, string>("visit", context.Request.Cookies[LastVisitCookie] ?? ""))
            // A page begun before a commit and stored after its eviction would otherwise serve old results until it
            // expires: keyed on the index generation, it is never asked for again.
            .VaryByValue(context => new KeyValuePair<string, string>("index",
                context.RequestServices.GetRequiredService<ListingIndex>().Generation.ToString(CultureInfo.InvariantCulture)))));
}
