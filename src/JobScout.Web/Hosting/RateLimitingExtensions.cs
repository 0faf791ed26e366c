using System.Globalization;
using System.Threading.RateLimiting;
using JobScout.Infrastructure.Configuration;

namespace JobScout.Web.Hosting;

/// <summary>Per-address limits on sign-in and uploads; a refused request gets 429, Retry-After and a page saying when to try again.</summary>
public static class RateLimitingExtensions
{
    public const string SignIn = "sign-in";
    public const string Uploads = "uploads";

    public static IServiceCollection AddJobScoutRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = (configuration.GetSection(JobScoutOptions.Section).Get<JobScoutOptions>() ?? new JobScoutOptions()).RateLimits;
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(SignIn, context => PerAddress(context, limits.SignInPerMinute));
            limiter.AddPolicy(Uploads, context => PerAddress(context, limits.UploadsPerMinute));
            limiter.OnRejected = (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                // The status code pages re-run /error/429, which says what happened and when to try again.
                rejected.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
