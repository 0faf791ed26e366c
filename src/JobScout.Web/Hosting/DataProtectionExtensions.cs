using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Storage.Dialects;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace JobScout.Web.Hosting;

public static class DataProtectionExtensions
{
    /// <summary>
    /// Anti-forgery and cookie keys live with the rest of the runtime state, so a restart keeps forms valid: in the data
    /// directory on one machine, in the shared database when several nodes serve the site.
    /// </summary>
    public static IServiceCollection AddJobScoutDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobScoutOptions.Section).Get<JobScoutOptions>() ?? new JobScoutOptions();
        var protection = services.AddDataProtection().SetApplicationName("JobScout");
        if (SqlDialect.For(options.Database.Provider).SupportsCluster)
        {
            services.AddSingleton<DatabaseKeyRepository>();
            services.AddOptions<KeyManagementOptions>()
                .Configure<DatabaseKeyRepository>((keys, repository) => keys.XmlRepository = repository);
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(new DataPaths(Options.Create(options)).Root, "keys")));
        }

        return services;
    }
}
