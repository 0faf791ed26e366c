using JobScout.Core.Classification;
using JobScout.Core.Listings;
using JobScout.Infrastructure.Storage;

namespace JobScout.Cli.Benchmarks;

/// <summary>
/// Reproducible listings built from the taxonomy's vocabulary: role, domain, task, skill and language mixes,
/// pay spreads, countries and dates shaped like the crawled ones. The same seed gives the same listings.
/// </summary>
public sealed class SyntheticListings(int seed = 42)
{
    private static readonly string[] Countries = ["US", "CA", "GB", "DE", "IN", "PH", "BR", "FR", "ES", "MX", "NG", "KE", "PL", "AU"];
    private static readonly string[] Employment = ["contract", "contract", "contract", "part_time", "part_time", "full_time", "temporary"];
    private static readonly string[] Levels = ["entry", "experienced", "expert"];
    private static readonly string[] Fillers =
    [
        "review", "model", "responses", "rate", "rank", "accuracy", "helpfulness", "clarity", "reasoning", "safety", "rubric", "feedback",
        "written", "explain", "compare", "answers", "prompts", "quality", "guidelines", "flexible", "remote", "hours", "project", "tasks",
        "evaluate", "annotate", "label", "data", "research", "sources", "claims", "detail", "judgment", "instructions", "weekly", "team",
    ];

    private static readonly Taxonomy Vocabulary = Taxonomy.Default;
    private readonly Random _random = new(seed);

    /// <summary>The instant the listings are dated back from; a clock set to it keeps "posted within" filters stable.</summary>
    public static readonly DateTimeOffset Anchor = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    public IEnumerable<StoredListing> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(i + 1);
        }
    }

    private StoredListing Next(long id)
    {
        var role = Pick(Vocabulary.RoleTypes);
        var domain = Pick(Vocabulary.Domains);
        var task = Pick(Vocabulary.TaskTypes);
        var skill = Pick(Vocabulary.Skills);
        var company = $"{Pick(CompanyWords)} {Pick(CompanyWords)} {Pick(CompanySuffixes)} {_random.Next(0, 12)}"; // ~14,000 companies: a long tail
        var hourly = _random.NextDouble() < 0.75 ? Math.Round((decimal)(12 + (Math.Pow(_random.NextDouble(), 2) * 110)), 2) : (decimal?)null;
        var posted = Anchor.AddMinutes(-_random.Next(0, 60 * 24 * 60));
        var languages = _random.NextDouble() < 0.2 ? new[] { Pick(Vocabulary.Languages).Id } : [];
        var listing = new NormalizedListing
        {
            Source = "synthetic:bench",
            SourceId = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = $"{role.Label} – {domain.Label}",
            Company = company,
            Url = $"https://jobs.example.test/{id}",
            ApplyUrl = $"https://jobs.example.test/{id}/apply",
            Location = _random.NextDouble() < 0.8 ? "Remote" : "Hybrid - Austin, TX",
            Description = Description(role.Label, domain.Label, task.Label, skill.Label),
            Remote = _random.NextDouble() < 0.8,
            Countries = _random.NextDouble() < 0.4 ? [] : Countries.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).ToList(),
            EmploymentType = Employment[_random.Next(Employment.Length)],
            PostedAt = posted,
            Pay = hourly is { } h ? new PayRange(h, h + 5, "USD", PayInterval.Hour, h, h + 5, $"${h:0.##}–{h + 5:0.##}/hour") : null,
            Relevant = true,
            RoleTypes = [role.Id],
            TaskTypes = [task.Id],
            Domains = [domain.Id],
            Skills = [skill.Id],
            Languages = languages,
            Level = Levels[_random.Next(Levels.Length)],
        };
        return new StoredListing(id, listing, IsExample: false, IsOpen: true, posted, posted, id);
    }

    private string Description(string role, string domain, string task, string skill)
    {
        var words = new List<string>(110) { "As", "a", role, "you", "will", "work", "on", domain, "projects:", task, "and", skill + "." };
        var length = _random.Next(60, 110);
        for (var i = 0; i < length; i++)
        {
            words.Add(Fillers[_random.Next(Fillers.Length)]);
        }

        return string.Join(' ', words);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static readonly string[] CompanyWords = ["North", "Quill", "Lumen", "Tide", "Cobalt", "Fern", "Salt", "Pine", "Orrery", "Harbor", "Vale", "Juniper", "Atlas", "Beacon"];
    private static readonly string[] CompanySuffixes = ["Labs", "AI", "Data", "Feedback", "Partners", "Systems"];
}
