using System.Text.Json;
using Dapper;
using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Assessments;

/// <summary>Attempts and their answers. Each answer keeps the result it earned, so a later gold correction never rewrites it.</summary>
public sealed class PracticeStore(DbConnectionFactory connections, TimeProvider clock)
{
    private const string Columns = "id AS Id, token AS Token, user_id AS UserId, pack_id AS PackId, pack_version AS PackVersion, mode AS Mode, " +
                                   "started_at AS StartedAt, deadline_at AS DeadlineAt, finished_at AS FinishedAt, percent AS Percent, passed AS Passed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PracticeAttempt> StartAsync(PracticePack pack, string mode, long? userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var deadline = mode == PracticeMode.Exam ? now.AddMinutes(pack.TimeLimitMinutes) : (DateTimeOffset?)null;
        var token = SecretTokens.Create();
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("""
            INSERT INTO practice_attempts (token, user_id, pack_id, pack_version, mode, started_at, deadline_at)
            VALUES (@token, @userId, @packId, @version, @mode, @now, @deadline)
            """, new { token, userId, packId = pack.Id, version = pack.Version, mode, now = DbTime.Format(now), deadline = deadline is { } d ? DbTime.Format(d) : null });
        return (await FindAsync(token, ct))!;
    }

    public async Task<PracticeAttempt?> FindAsync(string token, CancellationToken ct = default) =>
        (await QueryAsync("token = @token", new { token }, ct)).SingleOrDefault();

    public Task<IReadOnlyList<PracticeAttempt>> ForUserAsync(long userId, CancellationToken ct = default) =>
        QueryAsync("user_id = @userId", new { userId }, ct);

    /// <summary>Stores (or replaces, before the attempt ends) the answer to one item.</summary>
    public async Task SaveAnswerAsync(long attemptId, ItemAnswer answer, ItemResult result, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("""
            INSERT INTO practice_answers (attempt_id, item_id, answer_json, result_json, points, answered_at)
            VALUES (@attemptId, @itemId, @answer, @result, @points, @now)
            ON CONFLICT (attempt_id, item_id) DO UPDATE SET answer_json = excluded.answer_json, result_json = excluded.result_json,
                points = excluded.points, answered_at = excluded.answered_at
            """, new
        {
            attemptId,
            itemId = result.ItemId,
            answer = JsonSerializer.Serialize(answer, Json),
            result = JsonSerializer.Serialize(result, Json),
            points = result.Points,
            now = DbTime.Format(clock.GetUtcNow()),
        });
    }

    public async Task<IReadOnlyList<StoredAnswer>> AnswersAsync(long attemptId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string ItemId, string Answer, string Result, string At)>(
            "SELECT item_id, answer_json, result_json, answered_at FROM practice_answers WHERE attempt_id = @attemptId", new { attemptId });
        return rows.Select(r => new StoredAnswer(r.ItemId, JsonSerializer.Deserialize<ItemAnswer>(r.Answer, Json)!,
            JsonSerializer.Deserialize<ItemResult>(r.Result, Json)!, DbTime.Parse(r.At))).ToList();
    }

    /// <summary>Ends an attempt with its score; only an exam is passed or not, a practice run is just practised.</summary>
    public async Task FinishAsync(PracticeAttempt attempt, AttemptSummary summary, CancellationToken ct = default)
    {
        var attemptId = attempt.Id;
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(
            "UPDATE practice_attempts SET finished_at = COALESCE(finished_at, @now), percent = @Percent, passed = @Passed WHERE id = @attemptId",
            new { attemptId, now = DbTime.Format(clock.GetUtcNow()), summary.Percent, Passed = attempt.IsExam ? DbFlag.Of(summary.Passed) : (long?)null });
    }

    private async Task<IReadOnlyList<PracticeAttempt>> QueryAsync(string where, object args, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM practice_attempts WHERE {where} ORDER BY id DESC", args);
        return rows.Select(r => new PracticeAttempt(r.Id, r.Token, r.UserId, r.PackId, (int)r.PackVersion, r.Mode, DbTime.Parse(r.StartedAt),
            DbTime.ParseOrNull(r.DeadlineAt), DbTime.ParseOrNull(r.FinishedAt), r.Percent, r.Passed is null ? null : r.Passed != 0)).ToList();
    }

    private sealed record Row(long Id, string Token, long? UserId, string PackId, long PackVersion, string Mode, string StartedAt, string? DeadlineAt,
        string? FinishedAt, double? Percent, long? Passed);
}
