using System.Globalization;
using Dapper;
using JobScout.Infrastructure.Storage;

namespace JobScout.Infrastructure.Crawling.Terms;

public sealed record TermYield(string Term, int Tries, int RelevantNew, DateTimeOffset? LastTried);

/// <summary>Each search term's tries and yield (relevant listings new to JobScout), per source.</summary>
public sealed class SearchTermStore(DbConnectionFactory connections, TimeProvider clock)
{
    public async Task RecordAsync(string sourceId, string term, long runId, int fetched, int relevantNew, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync("""
            INSERT INTO search_term_runs (source_id, term, run_id, tried_at, fetched, relevant_new)
            VALUES (@sourceId, @term, @runId, @now, @fetched, @relevantNew)
            """, new { sourceId, term, runId, now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), fetched, relevantNew });
    }

    /// <summary>Searches already spent today (UTC) against the source's daily budget.</summary>
    public async Task<int> SearchesTodayAsync(string sourceId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var today = clock.GetUtcNow().UtcDateTime.Date.ToString("O", CultureInfo.InvariantCulture);
        return (int)await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM search_term_runs WHERE source_id = @sourceId AND tried_at >= @today",
            new { sourceId, today });
    }

    /// <summary>Yield per term; for one source, or across all when <paramref name="sourceId"/> is null.</summary>
    public async Task<IReadOnlyList<TermYield>> YieldAsync(string? sourceId, CancellationToken ct = default)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Term, long Tries, long RelevantNew, string? LastTried)>("""
            SELECT term, COUNT(*), COALESCE(SUM(relevant_new), 0), MAX(tried_at)
            FROM search_term_runs WHERE @sourceId IS NULL OR source_id = @sourceId
            GROUP BY term ORDER BY SUM(relevant_new) DESC, term
            """, new { sourceId });
        return rows.Select(r => new TermYield(r.Term, (int)r.Tries, (int)r.RelevantNew,
            r.LastTried is null ? null : DateTimeOffset.Parse(r.LastTried, CultureInfo.InvariantCulture))).ToList();
    }
}
