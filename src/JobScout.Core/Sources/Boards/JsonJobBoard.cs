using System.Text.Json;

namespace JobScout.Core.Sources.Boards;

/// <summary>
/// The loop every JSON board shares: read the document, find its postings, number them, skip (and report) one without
/// an id or a title, and draft and normalize the rest. A board says where its postings are and how to read one.
/// </summary>
public abstract class JsonJobBoard : IJobBoard
{
    public abstract string Kind { get; }

    /// <summary>What the board calls one entry, for problem lines ("job #3: skipped…").</summary>
    protected virtual string Noun => "posting";

    public abstract string? DefaultBaseUrl(string sourceKey);

    public abstract Uri FirstPage(string baseUrl, string key, string query);

    public virtual int DefaultDailyQueryBudget => 0;

    public virtual bool SupportsConditionalGet => false;

    public virtual Uri? NextPage(Uri current, string payload, int listingsOnPage) => null;

    public ParsedPayload Parse(string payload, string sourceKey)
    {
        using var document = JsonReading.ParseDocument(payload, Kind);
        var root = document.RootElement;
        var batch = new PostingBatch(Noun);
        foreach (var posting in Postings(root).EnumerateArray())
        {
            if (!IsPosting(posting))
            {
                continue;
            }

            batch.Counted();
            if (!IsAdvertised(posting))
            {
                continue;
            }

            var (id, title) = Identify(posting);
            if (!batch.Valid(id, title))
            {
                continue;
            }

            batch.Add(Draft(posting, new PostingContext($"{Kind}:{sourceKey}", sourceKey, id, title, root)));
        }

        return batch.ToPayload();
    }

    /// <summary>The array of postings, or a <see cref="SourceFormatException"/> saying what the payload should have been.</summary>
    protected abstract JsonElement Postings(JsonElement root);

    /// <summary>False for entries that are not postings at all (a legal notice), skipped silently and not numbered.</summary>
    protected virtual bool IsPosting(JsonElement posting) => true;

    /// <summary>False for postings the company does not advertise (an unlisted job), numbered but skipped silently.</summary>
    protected virtual bool IsAdvertised(JsonElement posting) => true;

    protected abstract (string? Id, string? Title) Identify(JsonElement posting);

    protected abstract ListingDraft Draft(JsonElement posting, PostingContext context);

    /// <summary>The values that say something, trimmed, each once: tags, departments, place parts.</summary>
    protected static List<string> Clean(IEnumerable<string?> values) =>
        values.OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The array under <paramref name="name"/> of the root object.</summary>
    protected JsonElement Named(JsonElement root, string name, string whatItShouldBe) => JsonReading.RequiredArray(root, name, Kind, whatItShouldBe);

    /// <summary>The root itself, which must be an array.</summary>
    protected JsonElement RootArray(JsonElement root, string whatItShouldBe) =>
        root.ValueKind == JsonValueKind.Array
            ? root
            : throw new SourceFormatException($"The {Kind} payload is not a JSON array of {Noun}s; is this {whatItShouldBe}?");
}

/// <summary>One posting's identity and where it came from: the listing source, the source key and the payload's root.</summary>
public sealed record PostingContext(string Source, string SourceKey, string Id, string Title, JsonElement Root);
