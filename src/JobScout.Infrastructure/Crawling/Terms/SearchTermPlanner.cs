using JobScout.Core.Terms;
using JobScout.Infrastructure.Configuration;

namespace JobScout.Infrastructure.Crawling.Terms;

/// <summary>
/// Picks today's searches for a source that takes a query, within its daily budget: half go to the terms that
/// have brought the most relevant new listings per try (the guide: keep the searches that return real work),
/// the rest rotate through the terms tried least recently, so the whole matrix is covered over the days.
/// </summary>
public sealed class SearchTermPlanner(SearchTermStore store)
{
    public async Task<IReadOnlyList<string>> PlanAsync(SourceOptions source, int dailyBudget, SearchTermMatrix matrix, CancellationToken ct)
    {
        var remaining = Math.Min(dailyBudget - await store.SearchesTodayAsync(source.Id, ct), source.QueriesPerRun ?? int.MaxValue);
        if (remaining <= 0)
        {
            return [];
        }

        var history = (await store.YieldAsync(source.Id, ct)).ToDictionary(y => y.Term, StringComparer.OrdinalIgnoreCase);
        var queries = matrix.Queries();
        var order = queries.Select((q, i) => (q, i)).ToDictionary(p => p.q, p => p.i, StringComparer.OrdinalIgnoreCase);
        var productive = queries
            .Where(q => history.TryGetValue(q, out var y) && y.RelevantNew > 0)
            .OrderByDescending(q => (double)history[q].RelevantNew / history[q].Tries)
            .ThenBy(q => history[q].LastTried)
            .Take((remaining + 1) / 2)
            .ToList();
        var rotation = queries
            .Except(productive, StringComparer.OrdinalIgnoreCase)
            .OrderBy(q => history.TryGetValue(q, out var y) ? y.LastTried : null) // never tried first, then oldest
            .ThenBy(q => order[q]);
        return productive.Concat(rotation).Take(remaining).ToList();
    }
}
