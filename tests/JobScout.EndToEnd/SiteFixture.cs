using JobScout.Core.Sources;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.EndToEnd;

/// <summary>The site with the shipped examples and 90 seeded listings, for the search journeys.</summary>
public sealed class SiteFixture : SiteHost
{
    /// <summary>Enough listings for facets, sorting and paging to matter: three role types × three fields, varied pay.</summary>
    protected override async Task SeedAsync(IServiceProvider services)
    {
        string[] roles = ["AI Rater", "Model Evaluator", "Data Annotation Specialist"];
        string[] fields = ["Law", "Finance", "Healthcare"];
        var listings = Enumerable.Range(0, 90).Select(i => ListingNormalizer.Normalize(new ListingDraft
        {
            Source = "jsonl:e2e",
            SourceId = $"e2e-{i}",
            Title = $"{roles[i % 3]} – {fields[i / 3 % 3]}",
            Company = $"Brackenfold Labs {i % 7}",
            Url = $"https://jobs.example.com/e2e/{i}",
            Location = "Remote - United States",
            DescriptionHtml = $"<p>Review AI model answers about {fields[i / 3 % 3].ToLowerInvariant()} against a rubric and explain your scores.</p>",
            PayText = $"${15 + ((i * 7) % 80)}/hour",
            PostedAt = DateTimeOffset.UtcNow.AddHours(-i),
            EmploymentType = "contract",
        })).ToList();
        await services.GetRequiredService<ListingStore>().UpsertAsync(listings, isExample: false);
        await services.GetRequiredService<IndexFollower>().CatchUpAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteTestGroup : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
