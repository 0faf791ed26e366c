using JobScout.Core.Evaluation;
using JobScout.Core.Listings;
using JobScout.Core.Sources;

namespace JobScout.Cli.Commands.Eval;

/// <summary>The payload files labels point at, each parsed once with the kind its name starts with.</summary>
internal sealed class LabelledPayloads(DirectoryInfo folder)
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, NormalizedListing>> _byFile = new(StringComparer.Ordinal);

    public List<string> Problems { get; } = [];

    public NormalizedListing? Find(ListingLabel label) =>
        Listings(label.File).TryGetValue(label.SourceId, out var listing) ? listing : null;

    private IReadOnlyDictionary<string, NormalizedListing> Listings(string file)
    {
        if (_byFile.TryGetValue(file, out var known))
        {
            return known;
        }

        var parsed = new Dictionary<string, NormalizedListing>(StringComparer.Ordinal);
        var path = new FileInfo(Path.Combine(folder.FullName, Path.GetFileName(file)));
        try
        {
            var payload = File.ReadAllText(path.FullName);
            var kind = KindOf(file) ?? SourceParsers.Detect(payload);
            var result = PayloadFile.Parse(payload, kind, path);
            foreach (var listing in result.Listings)
            {
                parsed.TryAdd(listing.SourceId, listing);
            }

            Problems.AddRange(result.Problems.Select(p => $"{file}: {p}"));
        }
        catch (Exception ex) when (ex is IOException or SourceFormatException or UnauthorizedAccessException)
        {
            Problems.Add($"{file}: {ex.Message.ReplaceLineEndings(" ")}");
        }

        _byFile[file] = parsed;
        return parsed;
    }

    private static string? KindOf(string file)
    {
        var prefix = Path.GetFileName(file).Split('_')[0];
        return SourceParsers.Kinds.Contains(prefix, StringComparer.OrdinalIgnoreCase) ? prefix : null;
    }
}
