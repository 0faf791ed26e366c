using JobScout.Core.Scams;
using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Storage;

namespace JobScout.Web.ViewModels;

/// <summary>Advertised hourly pay in one domain: how many listings state it, the median and the spread.</summary>
public sealed record DomainPay(string Domain, int Listings, decimal Median, decimal Low, decimal High);

public sealed record PlatformPageViewModel(
    Platform Platform,
    string Checked,
    IReadOnlyList<PlatformListing> Open,
    IReadOnlyList<(string Week, double Open)> OpenOverTime,
    IReadOnlyList<DomainPay> PayByDomain,
    IReadOnlyList<(string Label, double Count)> RoleTypes,
    IReadOnlyList<(ListingChange Change, string Title)> Changes)
{
    /// <summary>Practice packs shaped like the platform's qualification test.</summary>
    public IReadOnlyList<PracticePack> Packs { get; init; } = [];

    /// <summary>The crawl sources its listings came from, with how many each brought.</summary>
    public IReadOnlyList<(string Source, int Listings)> CrawlSources { get; init; } = [];
}
