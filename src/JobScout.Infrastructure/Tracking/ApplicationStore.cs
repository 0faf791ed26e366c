using System.Globalization;
using Dapper;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Tracking;

/// <summary>The application tracker: one row per (person, listing), and every status change with its date.</summary>
public sealed class ApplicationStore(DbConnectionFactory connections, TimeProvider clock)
{
    private const string Select = """
        SELECT a.id AS Id, a.owner_id AS OwnerId, a.listing_id AS ListingId, l.title AS Title, l.company AS Company, l.listing_json AS ListingJson,
               a.status AS Status, a.notes AS Notes, a.next_step AS NextStep, a.next_step_on AS NextStepOn, a.created_at AS CreatedAt, a.updated_at AS UpdatedAt
        FROM applications a JOIN listings l ON l.id = a.listing_id
        """;

    /// <summary>Puts the listing on the board as "saved"; a listing already there keeps its place. Returns the application id.</summary>
    public async Task<long> AddAsync(long ownerId, long listingId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var now = DbTime.Format(clock.GetUtcNow());
        var id = await connection.ExecuteScalarAsync<long?>("""
            INSERT INTO applications (owner_id, listing_id, status, created_at, updated_at) VALUES (@ownerId, @listingId, 'saved', @now, @now)
            ON CONFLICT (owner_id, listing_id) DO NOTHING RETURNING id
            """, new { ownerId, listingId, now }, transaction);
        if (id is { } added)
        {
            await connection.ExecuteAsync("INSERT INTO application_events (application_id, status, at) VALUES (@added, 'saved', @now)", new { added, now }, transaction);
        }
        else
        {
            id = await connection.ExecuteScalarAsync<long>("SELECT id FROM applications WHERE owner_id = @ownerId AND listing_id = @listingId", new { ownerId, listingId }, transaction);
        }

        await transaction.CommitAsync(ct);
        return id.Value;
    }

    public async Task<TrackedApplication?> GetAsync(long id, CancellationToken ct = default) =>
        (await QueryAsync("a.id = @id", new { id }, ct)).SingleOrDefault();

    public Task<IReadOnlyList<TrackedApplication>> ForOwnerAsync(long ownerId, CancellationToken ct = default) =>
        QueryAsync("a.owner_id = @ownerId", new { ownerId }, ct);

    public async Task<TrackedApplication?> FindAsync(long ownerId, long listingId, CancellationToken ct = default) =>
        (await QueryAsync("a.owner_id = @ownerId AND a.listing_id = @listingId", new { ownerId, listingId }, ct)).SingleOrDefault();

    /// <summary>Moves the application to another status and records the date it did.</summary>
    public async Task MoveAsync(long id, string status, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var now = DbTime.Format(clock.GetUtcNow());
        var changed = await connection.ExecuteAsync(
            "UPDATE applications SET status = @status, updated_at = @now WHERE id = @id AND status <> @status", new { id, status, now }, transaction);
        if (changed == 1)
        {
            await connection.ExecuteAsync("INSERT INTO application_events (application_id, status, at) VALUES (@id, @status, @now)", new { id, status, now }, transaction);
        }

        await transaction.CommitAsync(ct);
    }

    public async Task UpdateNotesAsync(long id, string notes, string nextStep, DateOnly? nextStepOn, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(
            "UPDATE applications SET notes = @notes, next_step = @nextStep, next_step_on = @on, updated_at = @now WHERE id = @id",
            new { id, notes, nextStep, on = nextStepOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), now = DbTime.Format(clock.GetUtcNow()) });
    }

    public async Task DeleteAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("DELETE FROM applications WHERE id = @id", new { id });
    }

    /// <summary>Status changes of the given people's applications, newest first.</summary>
    public async Task<IReadOnlyList<StatusChange>> HistoryAsync(IReadOnlyCollection<long> applicationIds, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long ApplicationId, string Status, string At)>(
            $"SELECT application_id, status, at FROM application_events WHERE {connections.Dialect.InList("application_id", "applicationIds")} ORDER BY id DESC",
            new { applicationIds = applicationIds.ToArray() });
        return rows.Select(r => new StatusChange(r.ApplicationId, r.Status, DbTime.Parse(r.At))).ToList();
    }

    private async Task<IReadOnlyList<TrackedApplication>> QueryAsync(string where, object args, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var applications = (await connection.QueryAsync<Row>($"{Select} WHERE {where} ORDER BY a.updated_at DESC", args)).Select(r => r.ToApplication()).ToList();
        if (applications.Count == 0)
        {
            return applications;
        }

        // When each application entered its current status: the latest event of that status.
        var entered = (await connection.QueryAsync<(long ApplicationId, string Status, string At)>(
                $"SELECT application_id, status, MAX(at) FROM application_events WHERE {connections.Dialect.InList("application_id", "ids")} GROUP BY application_id, status",
                new { ids = applications.Select(a => a.Id).ToArray() }))
            .ToDictionary(e => (e.ApplicationId, e.Status), e => DbTime.Parse(e.At));
        return applications.Select(a => a with { StatusSince = entered.TryGetValue((a.Id, a.Status), out var at) ? at : a.UpdatedAt }).ToList();
    }

    private sealed record Row(long Id, long OwnerId, long ListingId, string Title, string Company, string ListingJson, string Status, string Notes,
        string NextStep, string? NextStepOn, string CreatedAt, string UpdatedAt)
    {
        public TrackedApplication ToApplication() => new(Id, OwnerId, ListingId, Title, Company, Core.Listings.ListingJson.Deserialize(ListingJson).Url, Status, Notes, NextStep,
            NextStepOn is null ? null : DateOnly.ParseExact(NextStepOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DbTime.Parse(CreatedAt), DbTime.Parse(UpdatedAt));
    }
}
