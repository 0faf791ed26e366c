using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Coaching;
using JobScout.Infrastructure.Tracking;
using JobScout.Web.ViewModels;

namespace JobScout.Web.Coaching;

/// <summary>Gathers a coach's clients and their recent activity, reading only what each client's consent allows.</summary>
public sealed class CoachDashboardBuilder(
    CoachLinkStore links,
    UserStore users,
    SavedSearchStore searches,
    ApplicationStore applications,
    CollectionStore collections,
    PracticeStore practice,
    PackLibrary packs,
    TimeProvider clock)
{
    private const int ActivityItems = 30;

    public async Task<CoachDashboardViewModel> BuildAsync(long coachId, string? newInviteUrl, CancellationToken ct)
    {
        var all = await links.ForCoachAsync(coachId, ct);
        var now = clock.GetUtcNow();
        var clients = new List<ClientSummary>();
        foreach (var link in all.Where(l => l.IsActive && l.ClientId is not null))
        {
            clients.Add(await SummarizeAsync(link, ct));
        }

        var activity = new List<ClientActivity>();
        foreach (var client in clients)
        {
            activity.AddRange(await ActivityAsync(client, ct));
        }

        return new CoachDashboardViewModel(
            clients,
            all.Where(l => l.IsPendingAt(now)).ToList(),
            await collections.ForCoachAsync(coachId, ct),
            activity.OrderByDescending(a => a.At).Take(ActivityItems).ToList(),
            newInviteUrl);
    }

    public async Task<ClientSummary?> ClientAsync(long coachId, long clientId, CancellationToken ct) =>
        await links.ActiveAsync(coachId, clientId, ct) is { } link ? await SummarizeAsync(link, ct) : null;

    private async Task<ClientSummary> SummarizeAsync(CoachLink link, CancellationToken ct)
    {
        var clientId = link.ClientId!.Value;
        var client = await users.FindByIdAsync(clientId, ct) ?? throw new InvalidOperationException($"Client {clientId} has no account.");
        return new ClientSummary(
            link,
            client,
            link.Consent.SavedSearches ? await searches.ForOwnerAsync(clientId, ct) : null,
            link.Consent.Tracker ? await applications.ForOwnerAsync(clientId, ct) : null)
        {
            Practice = link.Consent.Assessments
                ? (await practice.ForUserAsync(clientId, ct)).Where(a => a.Percent is not null)
                    .Select(a => (a, packs.Find(a.PackId)?.Title ?? a.PackId)).ToList()
                : null,
        };
    }

    private async Task<IEnumerable<ClientActivity>> ActivityAsync(ClientSummary client, CancellationToken ct)
    {
        var name = client.Client.DisplayName;
        var items = new List<ClientActivity>();
        if (client.SavedSearches is { } saved)
        {
            items.AddRange(saved.Select(s => new ClientActivity(name, s.CreatedAt, $"saved the search “{s.Name}”", $"/saved/{s.Id}")));
        }

        if (client.Applications is { Count: > 0 } owned)
        {
            var titles = owned.ToDictionary(a => a.Id);
            var history = await applications.HistoryAsync(owned.Select(a => a.Id).ToList(), ct);
            items.AddRange(history.Take(ActivityItems).Select(h => new ClientActivity(
                name, h.At, $"moved “{titles[h.ApplicationId].Title}” to {ApplicationStatus.Label(h.Status)}", $"/tracker/{h.ApplicationId}")));
        }

        return items;
    }
}
