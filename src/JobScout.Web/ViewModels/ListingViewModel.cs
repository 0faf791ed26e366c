using JobScout.Core.Listings;

namespace JobScout.Web.ViewModels;

public sealed record ListingViewModel(long Id, NormalizedListing Listing, bool IsExample, bool IsOpen, DateTimeOffset FirstSeenAt)
{
    public string? EmploymentLabel => Listing.EmploymentType?.Replace('_', '-') switch
    {
        null => null,
        var type => char.ToUpperInvariant(type[0]) + type[1..],
    };

    public string RemoteLabel => Listing.Remote switch
    {
        true => "Remote",
        false => "On-site or hybrid",
        null => "Remote status not stated",
    };
}
