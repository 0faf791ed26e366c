using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Coaching;
using JobScout.Infrastructure.Tracking;

namespace JobScout.Web.ViewModels;

/// <summary>A client as their coach sees them: only what the client's consent allows.</summary>
public sealed record ClientSummary(CoachLink Link, UserAccount Client, IReadOnlyList<SavedSearch>? SavedSearches, IReadOnlyList<TrackedApplication>? Applications)
{
    /// <summary>Finished practice attempts with their pack titles, when the client shares assessment results.</summary>
    public IReadOnlyList<(PracticeAttempt Attempt, string PackTitle)>? Practice { get; init; }

    /// <summary>The packs the coach can assign.</summary>
    public IReadOnlyList<PracticePack> Packs { get; init; } = [];
}

/// <summary>Something a client did, within what they share.</summary>
public sealed record ClientActivity(string ClientName, DateTimeOffset At, string Text, string Url);

public sealed record CoachDashboardViewModel(
    IReadOnlyList<ClientSummary> Clients,
    IReadOnlyList<CoachLink> PendingInvites,
    IReadOnlyList<CoachCollection> Collections,
    IReadOnlyList<ClientActivity> Activity,
    string? NewInviteUrl);

public sealed record CollectionViewModel(
    CoachCollection Collection,
    bool CanChange,
    IReadOnlyList<SavedSearch> Searches,
    IReadOnlyList<PinnedListing> Pins,
    IReadOnlyList<(UserAccount Client, bool Shared)> Clients);

public sealed record CollectionListViewModel(IReadOnlyList<CoachCollection> Own, IReadOnlyList<CoachCollection> SharedWithMe, bool IsCoach);

public sealed record InvitationViewModel(CoachLink Link, string CoachName, string Token, bool SignedIn, string? Problem);

public sealed record MyCoachesViewModel(IReadOnlyList<(CoachLink Link, UserAccount Coach)> Coaches, bool Saved);
