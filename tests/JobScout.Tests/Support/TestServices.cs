using JobScout.Infrastructure;
using JobScout.Infrastructure.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Support;

/// <summary>The real composition root over a temporary data directory, without a web host.</summary>
public static class TestServices
{
    public static ServiceProvider Create(string dataDirectory, IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var values = new Dictionary<string, string?>(TestDatabase.Settings(dataDirectory)) { ["JobScout:DataDirectory"] = dataDirectory };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddJobScout(configuration);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        return services.BuildServiceProvider();
    }

    public static async Task<ServiceProvider> CreateInitializedAsync(string dataDirectory, bool seedExamples = false)
    {
        var provider = Create(dataDirectory);
        await provider.GetRequiredService<JobScoutInitializer>().InitializeAsync(seedExamples);
        return provider;
    }
}
