using JobScout.Infrastructure.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JobScout.Web.Accounts;

public static class AccountsHostingExtensions
{
    /// <summary>Cookie sign-in over JobScout's own account store, and the role policies.</summary>
    public static IServiceCollection AddJobScoutAccounts(this IServiceCollection services)
    {
        services.AddSingleton<AccountCookieEvents>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/account/signin";
                cookie.LogoutPath = "/account/signout";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.Cookie.Name = "jobscout.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
                cookie.SlidingExpiration = true;
                cookie.EventsType = typeof(AccountCookieEvents);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(UserRole.Admin))
            .AddPolicy(Policies.Coach, policy => policy.RequireRole(UserRole.Coach, UserRole.Admin));
        return services;
    }
}
