using System.Diagnostics.CodeAnalysis;
using JobScout.Core.Listings;

namespace JobScout.Core.Sources;

/// <summary>
/// What every adapter does with a payload's postings: number them, skip (and report) one without an id or a
/// title, normalize the rest.
/// </summary>
internal sealed class PostingBatch(string noun)
{
    private readonly List<NormalizedListing> _listings = [];
    private readonly List<string> _problems = [];
    private int _number;

    /// <summary>Counts the next posting, so problem lines name its place in the payload.</summary>
    public void Counted() => _number++;

    /// <summary>False, with a problem line, when the counted posting lacks an id or a title.</summary>
    public bool Valid([NotNullWhen(true)] string? id, [NotNullWhen(true)] string? title)
    {
        if (!string.IsNullOrWhiteSpace(id) && !string.IsNullOrWhiteSpace(title))
        {
            return true;
        }

        _problems.Add($"{noun} #{_number}: skipped, it has no id or title");
        return false;
    }

    /// <summary>Normalizes the draft; a posting that cannot be read is reported and skipped, and the payload goes on.</summary>
    public void Add(ListingDraft draft) => PostingFailure.NormalizeInto(draft, _listings, _problems, $"{noun} #{_number}");

    public ParsedPayload ToPayload() => new(_listings, _problems);
}
