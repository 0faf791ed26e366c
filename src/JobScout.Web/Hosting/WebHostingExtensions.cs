using JobScout.Infrastructure;
using JobScout.Infrastructure.Crawling;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Startup;
using JobScout.Web.Accounts;
using JobScout.Web.Health;

namespace JobScout.Web.Hosting;

public static class WebHostingExtensions
{
    public static WebApplicationBuilder AddJobScoutWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddJobScout(builder.Configuration);
        // Hosted services start in registration order: the database and index are ready before crawls or requests.
        services.AddHostedService<InitializerHostedService>();
        services.AddJobScoutScheduling(builder.Configuration);
        services.AddHostedService<IndexFollowerService>();
        services.AddJobScoutDataProtection(builder.Configuration);
        services.AddJobScoutRateLimits(builder.Configuration);
        services.AddJobScoutOutputCache();
        // Behind a reverse proxy on the same machine: its X-Forwarded-Proto says the visitor came over HTTPS (so HSTS is
        // sent) and X-Forwarded-For is the address the rate limits count.
        services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto);
        services.AddJobScoutAccounts();
        services.AddSingleton<JobScout.Web.Coaching.CoachDashboardBuilder>();
        services.AddControllersWithViews(mvc => mvc.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute()));
        // Listings come in many languages: let Razor write them as they are, still HTML-encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddOpenApi();
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store")
            .AddCheck<IndexHealthCheck>("index")
            .AddCheck<SchedulerHealthCheck>("scheduler");
        return builder;
    }

    public static WebApplication UseJobScoutWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapOpenApi(); // the API's description at /openapi/v1.json
        app.MapControllers();
        return app;
    }
}
