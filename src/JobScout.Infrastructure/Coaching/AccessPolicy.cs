using JobScout.Infrastructure.Alerts;
using JobScout.Infrastructure.Tracking;

namespace JobScout.Infrastructure.Coaching;

/// <summary>
/// Who may see what: owners see and change their own things; a collection's clients see it while the coach–client link
/// is active; a coach sees a client's saved searches or tracker only with that client's consent. Nobody else sees anything.
/// </summary>
public sealed class AccessPolicy(CoachLinkStore links, CollectionStore collections)
{
    public async Task<bool> CanViewSavedSearchAsync(long userId, SavedSearch search, CancellationToken ct = default)
    {
        if (search.OwnerId == userId)
        {
            return true;
        }

        return search.CollectionId is { } collectionId
            ? await collections.IsSharedWithAsync(collectionId, userId, ct)
            : (await ConsentAsync(userId, search.OwnerId, ct)).SavedSearches;
    }

    public static bool CanChange(long userId, SavedSearch search) => search.OwnerId == userId;

    public async Task<bool> CanViewApplicationAsync(long userId, TrackedApplication application, CancellationToken ct = default) =>
        application.OwnerId == userId || (await ConsentAsync(userId, application.OwnerId, ct)).Tracker;

    public static bool CanChange(long userId, TrackedApplication application) => application.OwnerId == userId;

    public async Task<bool> CanViewCollectionAsync(long userId, CoachCollection collection, CancellationToken ct = default) =>
        collection.CoachId == userId || await collections.IsSharedWithAsync(collection.Id, userId, ct);

    public static bool CanChange(long userId, CoachCollection collection) => collection.CoachId == userId;

    /// <summary>What the client lets this coach see; nothing without an active link.</summary>
    public async Task<Consent> ConsentAsync(long coachId, long clientId, CancellationToken ct = default) =>
        coachId == clientId ? Consent.None : (await links.ActiveAsync(coachId, clientId, ct))?.Consent ?? Consent.None;
}
