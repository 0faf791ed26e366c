using System.Diagnostics;
using Dapper;
using JobScout.Core.Classification;
using JobScout.Infrastructure.Search;
using JobScout.Infrastructure.Storage;
using Microsoft.Data.Sqlite;

namespace JobScout.Cli.Benchmarks;

/// <summary>
/// The same listings in SQLite FTS5, queried in its fastest form found: MATCH with the filters on the docs table,
/// bm25 top 20, and small facets as bitmask columns summed in one pass (role counted drill-sideways in a second).
/// </summary>
internal sealed class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<string> _roles = Taxonomy.Default.RoleTypes.Select(r => r.Id).Distinct().ToList();
    private readonly List<string> _domains = Taxonomy.Default.Domains.Select(d => d.Id).ToList();
    private readonly List<string> _tasks = Taxonomy.Default.TaskTypes.Select(t => t.Id).ToList();
    private readonly List<string> _types = ["full_time", "part_time", "contract", "temporary", "internship", "other"];

    public Fts5Baseline(string file)
    {
        _connection = new SqliteConnection($"Data Source={file};Pooling=False");
        _connection.Open();
        _connection.Execute("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE docs (id INTEGER PRIMARY KEY, company TEXT, hourly REAL, role_mask INTEGER, domain_mask INTEGER, task_mask INTEGER, type_mask INTEGER);
            CREATE VIRTUAL TABLE fts USING fts5 (title, company, description, tokenize = 'porter unicode61');
            """);
    }

    public double Load(IEnumerable<StoredListing> listings)
    {
        var watch = Stopwatch.StartNew();
        using var transaction = _connection.BeginTransaction();
        using var doc = _connection.CreateCommand();
        doc.CommandText = "INSERT INTO docs VALUES ($id, $company, $hourly, $role, $domain, $task, $type)";
        using var text = _connection.CreateCommand();
        text.CommandText = "INSERT INTO fts (rowid, title, company, description) VALUES ($id, $title, $company, $description)";
        foreach (var stored in listings)
        {
            var l = stored.Listing;
            doc.Parameters.Clear();
            doc.Parameters.AddWithValue("$id", stored.Id);
            doc.Parameters.AddWithValue("$company", l.Company);
            doc.Parameters.AddWithValue("$hourly", (object?)(double?)(l.Pay?.HourlyMax ?? l.Pay?.HourlyMin) ?? DBNull.Value);
            doc.Parameters.AddWithValue("$role", Mask(_roles, l.RoleTypes));
            doc.Parameters.AddWithValue("$domain", Mask(_domains, l.Domains));
            doc.Parameters.AddWithValue("$task", Mask(_tasks, l.TaskTypes));
            doc.Parameters.AddWithValue("$type", Mask(_types, l.EmploymentType is null ? [] : [l.EmploymentType]));
            doc.ExecuteNonQuery();
            text.Parameters.Clear();
            text.Parameters.AddWithValue("$id", stored.Id);
            text.Parameters.AddWithValue("$title", l.Title);
            text.Parameters.AddWithValue("$company", l.Company);
            text.Parameters.AddWithValue("$description", l.Description);
            text.ExecuteNonQuery();
        }

        transaction.Commit();
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>Runs one search the way the page does; returns the number of matching rows.</summary>
    public long Run(SearchRequest request)
    {
        var match = request.Query is { Length: > 0 } q ? string.Join(' ', q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => $"\"{w}\"")) : null;
        var role = request.Selections.TryGetValue("role", out var roles) ? Mask(_roles, roles) : 0;
        var where = new List<string>();
        if (match is not null)
        {
            where.Add("fts MATCH $match");
        }

        if (request.MinHourly is not null)
        {
            where.Add("d.hourly >= $min");
        }

        var from = match is null ? "docs d" : "fts JOIN docs d ON d.id = fts.rowid";
        var baseWhere = where.Count == 0 ? "1" : string.Join(" AND ", where);
        var roleWhere = role == 0 ? baseWhere : $"{baseWhere} AND (d.role_mask & $role) <> 0";
        var args = new { match, min = (double?)request.MinHourly, role };

        var order = match is null ? "d.id DESC" : "bm25(fts, 4.0, 2.0, 1.0)";
        _connection.Query<long>($"SELECT d.id FROM {from} WHERE {roleWhere} ORDER BY {order} LIMIT 20", args).AsList();
        var sums = string.Join(", ", Sums("domain_mask", _domains.Count).Concat(Sums("task_mask", _tasks.Count)).Concat(Sums("type_mask", _types.Count)));
        var counts = (IDictionary<string, object>)_connection.QuerySingle($"SELECT COUNT(*) AS total, {sums} FROM {from} WHERE {roleWhere}", args);
        var total = (long)counts["total"];
        _connection.Query($"SELECT {string.Join(", ", Sums("role_mask", _roles.Count))} FROM {from} WHERE {baseWhere}", args).AsList();
        _connection.Query($"SELECT d.company, COUNT(*) c FROM {from} WHERE {roleWhere} GROUP BY d.company ORDER BY c DESC LIMIT 12", args).AsList();
        return total;
    }

    private static IEnumerable<string> Sums(string column, int bits) =>
        Enumerable.Range(0, bits).Select(b => $"SUM(({column} >> {b}) & 1)");

    private static long Mask(List<string> values, IEnumerable<string> present)
    {
        long mask = 0;
        foreach (var value in present)
        {
            var bit = values.IndexOf(value);
            if (bit >= 0)
            {
                mask |= 1L << bit;
            }
        }

        return mask;
    }

    public void Dispose() => _connection.Dispose();
}
