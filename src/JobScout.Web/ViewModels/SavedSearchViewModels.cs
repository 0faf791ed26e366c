using JobScout.Infrastructure.Alerts;

namespace JobScout.Web.ViewModels;

public sealed record SavedSearchListViewModel(IReadOnlyList<SavedSearch> Searches, string Origin)
{
    public string FeedUrl(SavedSearch search) => $"{Origin}/feeds/saved/{search.FeedToken}";
}

public sealed record SavedSearchViewModel(SavedSearch Search, bool CanChange, IReadOnlyList<Alert> Alerts, string Origin)
{
    public string FeedUrl => $"{Origin}/feeds/saved/{Search.FeedToken}";
}

public sealed record AlertListViewModel(IReadOnlyList<Alert> Alerts, int Unread);
