using JobScout.Core.Classification;
using JobScout.Core.Classification.Relevance;
using JobScout.Core.Listings;
using JobScout.Core.Scams;

namespace JobScout.Web.ViewModels;

public sealed record ListingViewModel(
    long Id,
    NormalizedListing Listing,
    bool IsExample,
    bool IsOpen,
    DateTimeOffset FirstSeenAt,
    IReadOnlyList<(string Source, string? Url)> AlsoListedOn)
{
    /// <summary>Earlier pay, title and eligibility, oldest first.</summary>
    public IReadOnlyList<JobScout.Infrastructure.Storage.ListingChange> Changes { get; init; } = [];

    /// <summary>Role types, domains and skills as readable labels.</summary>
    public IReadOnlyList<string> Tags =>
        Listing.RoleTypes.Concat(Listing.Domains).Concat(Listing.TaskTypes).Select(Taxonomy.Default.LabelOf).Distinct().ToList();

    /// <summary>The scam checker's signs in this listing, explained, and the pay and company flags of its parsed fields.</summary>
    public IReadOnlyList<string> Warnings => _warnings ??= ScamChecker.ListingSignals(Listing.Title + "\n" + Listing.Description, Listing.ApplyUrl)
        .Select(s => s.Explanation)
        .Concat(Listing.Flags.Where(f => f is "pay-too-good" or "no-company").Select(Taxonomy.Default.LabelOf))
        .ToList();

    private IReadOnlyList<string>? _warnings;

    /// <summary>Why the listing counts as AI-training work or not: the score and each piece of evidence (shown to admins).</summary>
    public RelevanceVerdict Relevance => _relevance ??= RelevanceJudge.Default.Judge(Listing.Title, Listing.Description, Listing.Company, Listing.ApplyUrl ?? Listing.Url);

    private RelevanceVerdict? _relevance;

    public string? EmploymentLabel => Listing.EmploymentType?.Replace('_', '-') switch
    {
        null => null,
        var type => char.ToUpperInvariant(type[0]) + type[1..],
    };

    /// <summary>"USD 38.46–52.88 an hour" for salaries and day rates; null when the pay is already hourly or per task.</summary>
    public string? HourlyEquivalent => Listing.Pay switch
    {
        { Interval: not PayInterval.Hour, HourlyMin: var low, HourlyMax: var high } when (low ?? high) is not null =>
            $"{Listing.Pay.Currency} {FormatRange(low, high)} an hour",
        _ => null,
    };

    public string RemoteLabel => Listing.Remote switch
    {
        true => "Remote",
        false => "On-site or hybrid",
        null => "Remote status not stated",
    };

    private static string FormatRange(decimal? low, decimal? high) => (low, high) switch
    {
        ({ } l, { } h) when l != h => $"{l:0.00}–{h:0.00}",
        ({ } l, _) => $"{l:0.00}",
        (_, { } h) => $"up to {h:0.00}",
        _ => "",
    };
}
