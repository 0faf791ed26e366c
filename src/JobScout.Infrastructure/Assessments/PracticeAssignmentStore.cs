using Dapper;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Assessments;

/// <summary>A pack a coach asked a client to practise, with a note.</summary>
public sealed record PracticeAssignment(long Id, long CoachId, long ClientId, string PackId, string Note, DateTimeOffset AssignedAt);

public sealed class PracticeAssignmentStore(DbConnectionFactory connections, TimeProvider clock)
{
    public async Task AssignAsync(long coachId, long clientId, string packId, string note, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(
            "INSERT INTO practice_assignments (coach_id, client_id, pack_id, note, assigned_at) VALUES (@coachId, @clientId, @packId, @note, @now)",
            new { coachId, clientId, packId, note, now = DbTime.Format(clock.GetUtcNow()) });
    }

    /// <summary>Assignments from coaches the client still works with, newest first.</summary>
    public async Task<IReadOnlyList<PracticeAssignment>> ForClientAsync(long clientId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long Id, long CoachId, long ClientId, string PackId, string Note, string AssignedAt)>("""
            SELECT a.id, a.coach_id, a.client_id, a.pack_id, a.note, a.assigned_at FROM practice_assignments a
            JOIN coach_links k ON k.coach_id = a.coach_id AND k.client_id = a.client_id AND k.accepted_at IS NOT NULL AND k.ended_at IS NULL
            WHERE a.client_id = @clientId ORDER BY a.id DESC
            """, new { clientId });
        return rows.Select(r => new PracticeAssignment(r.Id, r.CoachId, r.ClientId, r.PackId, r.Note, DbTime.Parse(r.AssignedAt))).ToList();
    }
}
