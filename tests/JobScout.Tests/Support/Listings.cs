using JobScout.Core.Listings;
using JobScout.Core.Sources;

namespace JobScout.Tests.Support;

/// <summary>Normalized listings for store and index tests, built through the real normalizer.</summary>
public static class Listings
{
    public static NormalizedListing Make(string sourceId, string title, string description = "Rate and rank model responses for accuracy.", string source = "test")
        => ListingNormalizer.Normalize(new ListingDraft
        {
            Source = $"jsonl:{source}",
            SourceId = sourceId,
            Title = title,
            Company = "Quillstone AI",
            Url = $"https://jobs.example.com/{sourceId}",
            Location = "Remote - United States",
            DescriptionHtml = $"<p>{description}</p>",
            PayText = "$25/hour",
            PostedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            EmploymentType = "contract",
        });
}
