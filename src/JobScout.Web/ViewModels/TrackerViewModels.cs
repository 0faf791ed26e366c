using JobScout.Infrastructure.Tracking;

namespace JobScout.Web.ViewModels;

/// <summary>The board; <see cref="OwnerName"/> is set when a coach looks at a client's board (read-only).</summary>
public sealed record TrackerBoardViewModel(IReadOnlyList<TrackedApplication> Applications, DateOnly Today, string? OwnerName)
{
    public bool ReadOnly => OwnerName is not null;

    public IReadOnlyList<TrackedApplication> In(string status) => Applications.Where(a => a.Status == status).ToList();
}

public sealed record TrackedApplicationViewModel(TrackedApplication Application, IReadOnlyList<StatusChange> History, bool CanChange, DateOnly Today);
