using System.Text.Json;
using JobScout.Infrastructure.Configuration;

namespace JobScout.Infrastructure.Assessments;

/// <summary>A pack file that breaks the format; the message names the file and the items.</summary>
public sealed class PackFormatException(string message) : Exception(message);

/// <summary>The practice packs: shipped ones (data/assessments) and imported ones (the data directory's assessments/).</summary>
public sealed class PackLibrary(DataPaths paths)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Lock _gate = new();
    private List<PracticePack>? _packs;

    public string ImportDirectory => Path.Combine(paths.Root, "assessments");

    public IReadOnlyList<PracticePack> All
    {
        get
        {
            lock (_gate)
            {
                return _packs ??= LoadAll(paths);
            }
        }
    }

    /// <summary>Validates and saves a pack written in the browser; a pack that exists must come with a higher version.</summary>
    public string? Save(PracticePack pack)
    {
        var problems = PackValidator.Problems(pack);
        if (problems.Count > 0)
        {
            return string.Join("; ", problems);
        }

        if (Find(pack.Id) is { } current && pack.Version <= current.Version)
        {
            return $"Pack \"{pack.Id}\" is at version {current.Version}: give the new one version {current.Version + 1}, so past results keep the version they were scored with.";
        }

        if (Find(pack.Id) is { } previous)
        {
            // Attempts scored against the old version keep showing the gold answers they were scored with.
            Directory.CreateDirectory(Path.Combine(ImportDirectory, "versions"));
            File.WriteAllText(Path.Combine(ImportDirectory, "versions", $"{previous.Id}.v{previous.Version}.json"), JsonSerializer.Serialize(previous, Json));
        }

        Directory.CreateDirectory(ImportDirectory);
        File.WriteAllText(Path.Combine(ImportDirectory, $"{pack.Id}.json"), JsonSerializer.Serialize(pack, Json));
        lock (_gate)
        {
            _packs = null; // read again on next use
        }

        return null;
    }

    public PracticePack? Find(string id) => All.FirstOrDefault(p => p.Id == id);

    /// <summary>The pack as it was at a version: the current one, or the copy kept when a newer version replaced it.</summary>
    public PracticePack? Find(string id, int version)
    {
        if (Find(id) is { } current && current.Version == version)
        {
            return current;
        }

        var archived = Path.Combine(ImportDirectory, "versions", $"{id}.v{version}.json");
        return File.Exists(archived) ? Load(archived) : null;
    }

    /// <summary>Reads and validates one pack file.</summary>
    public static PracticePack Load(string file)
    {
        var name = Path.GetFileName(file);
        PracticePack? pack;
        try
        {
            pack = JsonSerializer.Deserialize<PracticePack>(File.ReadAllText(file), Json);
        }
        catch (JsonException exception)
        {
            throw new PackFormatException($"{name}: not valid pack JSON at {exception.Path ?? "the start"} (line {exception.LineNumber + 1}): {exception.Message}");
        }

        if (pack is null)
        {
            throw new PackFormatException($"{name}: the file is empty.");
        }

        var problems = PackValidator.Problems(pack);
        return problems.Count == 0 ? pack : throw new PackFormatException($"{name}: {string.Join("; ", problems)}");
    }

    private static List<PracticePack> LoadAll(DataPaths paths)
    {
        var shipped = Path.Combine(DataPaths.ShippedData, "assessments");
        var imported = Path.Combine(paths.Root, "assessments");
        var files = new[] { shipped, imported }.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.json")).Order(StringComparer.Ordinal);
        // A pack saved in the data directory with a higher version replaces the shipped one of the same id.
        return files.Select(Load).GroupBy(p => p.Id).Select(g => g.MaxBy(p => p.Version)!).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
    }
}
