using Dapper;
using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Coaching;

/// <summary>Invitations and coach–client relationships, with the client's consent.</summary>
public sealed class CoachLinkStore(DbConnectionFactory connections, TimeProvider clock)
{
    private const string Columns = "id AS Id, coach_id AS CoachId, client_id AS ClientId, invitee AS Invitee, created_at AS CreatedAt, " +
                                   "expires_at AS ExpiresAt, accepted_at AS AcceptedAt, ended_at AS EndedAt, share_searches AS ShareSearches, " +
                                   "share_tracker AS ShareTracker, share_assessments AS ShareAssessments";

    /// <summary>A new invitation; the token is returned once and only its hash is kept.</summary>
    public async Task<(long Id, string Token)> CreateInviteAsync(long coachId, string invitee, TimeSpan validFor, CancellationToken ct = default)
    {
        var token = SecretTokens.Create();
        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenAsync(ct);
        var id = await connection.ExecuteScalarAsync<long>("""
            INSERT INTO coach_links (coach_id, invite_token_hash, invitee, created_at, expires_at)
            VALUES (@coachId, @hash, @invitee, @now, @expires) RETURNING id
            """, new { coachId, hash = SecretTokens.Hash(token), invitee, now = DbTime.Format(now), expires = DbTime.Format(now + validFor) });
        return (id, token);
    }

    /// <summary>The invitation behind a token, whatever its state; callers check <see cref="CoachLink.IsPendingAt"/>.</summary>
    public async Task<CoachLink?> FindByInviteTokenAsync(string token, CancellationToken ct = default) =>
        (await QueryAsync("invite_token_hash = @hash", new { hash = SecretTokens.Hash(token) }, ct)).SingleOrDefault();

    /// <summary>Accepts a pending, unexpired invitation for the client; false when it cannot be accepted any more.</summary>
    public async Task<bool> AcceptAsync(string token, long clientId, Consent consent, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var now = DbTime.Format(clock.GetUtcNow());
        var changed = await connection.ExecuteAsync("""
            UPDATE coach_links SET client_id = @clientId, accepted_at = @now, share_searches = @SavedSearches, share_tracker = @Tracker,
                   share_assessments = @Assessments
            WHERE invite_token_hash = @hash AND accepted_at IS NULL AND ended_at IS NULL AND expires_at > @now AND coach_id <> @clientId
            """, new { hash = SecretTokens.Hash(token), clientId, now, SavedSearches = DbFlag.Of(consent.SavedSearches), Tracker = DbFlag.Of(consent.Tracker), Assessments = DbFlag.Of(consent.Assessments) });
        return changed == 1;
    }

    public async Task<bool> UpdateConsentAsync(long linkId, long clientId, Consent consent, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteAsync("""
            UPDATE coach_links SET share_searches = @SavedSearches, share_tracker = @Tracker, share_assessments = @Assessments
            WHERE id = @linkId AND client_id = @clientId AND ended_at IS NULL
            """, new { linkId, clientId, SavedSearches = DbFlag.Of(consent.SavedSearches), Tracker = DbFlag.Of(consent.Tracker), Assessments = DbFlag.Of(consent.Assessments) }) == 1;
    }

    /// <summary>Ends a relationship or withdraws an invitation (either side may); the coach's shares with the client end too.</summary>
    public async Task<bool> EndAsync(long linkId, long userId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var link = await connection.QuerySingleOrDefaultAsync<(long CoachId, long? ClientId)>(
            "SELECT coach_id, client_id FROM coach_links WHERE id = @linkId AND ended_at IS NULL AND (coach_id = @userId OR client_id = @userId)",
            new { linkId, userId }, transaction);
        if (link == default)
        {
            return false;
        }

        await connection.ExecuteAsync("UPDATE coach_links SET ended_at = @now WHERE id = @linkId", new { linkId, now = DbTime.Format(clock.GetUtcNow()) }, transaction);
        await connection.ExecuteAsync(
            "DELETE FROM collection_shares WHERE client_id = @ClientId AND collection_id IN (SELECT id FROM collections WHERE coach_id = @CoachId)",
            new { link.ClientId, link.CoachId }, transaction);
        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task<CoachLink?> GetAsync(long id, CancellationToken ct = default) =>
        (await QueryAsync("id = @id", new { id }, ct)).SingleOrDefault();

    /// <summary>A coach's clients and open invitations.</summary>
    public Task<IReadOnlyList<CoachLink>> ForCoachAsync(long coachId, CancellationToken ct = default) =>
        QueryAsync("coach_id = @coachId AND ended_at IS NULL", new { coachId }, ct);

    /// <summary>A client's current coaches.</summary>
    public Task<IReadOnlyList<CoachLink>> ForClientAsync(long clientId, CancellationToken ct = default) =>
        QueryAsync("client_id = @clientId AND accepted_at IS NOT NULL AND ended_at IS NULL", new { clientId }, ct);

    /// <summary>The active relationship between the two, if any.</summary>
    public async Task<CoachLink?> ActiveAsync(long coachId, long clientId, CancellationToken ct = default)
    {
        var links = await QueryAsync("coach_id = @coachId AND client_id = @clientId AND accepted_at IS NOT NULL AND ended_at IS NULL", new { coachId, clientId }, ct);
        return links.Count > 0 ? links[0] : null;
    }

    private async Task<IReadOnlyList<CoachLink>> QueryAsync(string where, object args, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM coach_links WHERE {where} ORDER BY id", args);
        return rows.Select(r => r.ToLink()).ToList();
    }

    private sealed record Row(long Id, long CoachId, long? ClientId, string Invitee, string CreatedAt, string ExpiresAt, string? AcceptedAt, string? EndedAt,
        long ShareSearches, long ShareTracker, long ShareAssessments)
    {
        public CoachLink ToLink() => new(Id, CoachId, ClientId, Invitee, DbTime.Parse(CreatedAt), DbTime.Parse(ExpiresAt), DbTime.ParseOrNull(AcceptedAt),
            DbTime.ParseOrNull(EndedAt), new Consent(ShareSearches != 0, ShareTracker != 0, ShareAssessments != 0));
    }
}
