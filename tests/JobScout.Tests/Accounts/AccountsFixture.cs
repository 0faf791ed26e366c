using JobScout.Core.Sources;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using JobScout.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Tests.Accounts;

/// <summary>A site with crawling off and a few stored listings to track and pin.</summary>
internal static class AccountsSite
{
    public static JobScoutWebFactory Create(string dataDirectory) => new(dataDirectory, new Dictionary<string, string?>
    {
        ["JobScout:Crawler:Enabled"] = "false",
        ["JobScout:SeedExamples"] = "false",
    });

    /// <summary>Stores listings and waits for the index; returns their ids.</summary>
    public static async Task<IReadOnlyList<long>> AddListingsAsync(WebApplicationFactory<Program> factory, params string[] titles)
    {
        var store = factory.Services.GetRequiredService<ListingStore>();
        var drafts = titles.Select((title, i) => ListingNormalizer.Normalize(new ListingDraft
        {
            Source = "jsonl:accounts",
            SourceId = $"{title}-{i}",
            Title = title,
            Company = "Harbourline Data",
            Url = $"https://jobs.example.com/{i}",
            DescriptionHtml = "<p>Rate AI answers against a rubric.</p>",
            PayText = "$25/hour",
        })).ToList();
        await store.UpsertAsync(drafts, isExample: false);
        await factory.Services.GetRequiredService<IndexFollower>().CatchUpAsync();
        var ids = new List<long>();
        foreach (var listing in await store.NewestAsync(100))
        {
            if (titles.Contains(listing.Listing.Title))
            {
                ids.Add(listing.Id);
            }
        }

        return ids.Order().ToList();
    }
}
