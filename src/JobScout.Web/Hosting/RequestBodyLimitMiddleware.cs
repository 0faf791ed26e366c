using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace JobScout.Web.Hosting;

/// <summary>
/// Refuses bodies over the site's largest upload (a resume plus its form) before anything reads them, with 413 and
/// the "too large" page. Announced lengths are refused at once; chunked bodies are capped where the server allows it.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public const long Limit = 8 * 1024 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        // The "too large" page itself is rendered by re-running the pipeline with the same request headers.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }

        if (context.Request.ContentLength > Limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = Limit;
        }

        return next(context);
    }
}
