using System.Text.Json;
using JobScout.Infrastructure.Configuration;

namespace JobScout.Infrastructure.Assessments;

/// <summary>A pack file that breaks the format; the message names the file and the items.</summary>
public sealed class PackFormatException(string message) : Exception(message);

/// <summary>The practice packs: shipped ones (data/assessments) and imported ones (the data directory's assessments/).</summary>
public sealed class PackLibrary(DataPaths paths)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly Lazy<List<PracticePack>> _packs = new(() => LoadAll(paths));

    public string ImportDirectory => Path.Combine(paths.Root, "assessments");

    public IReadOnlyList<PracticePack> All => _packs.Value;

    public PracticePack? Find(string id) => All.FirstOrDefault(p => p.Id == id);

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
        var packs = files.Select(Load).ToList();
        var duplicate = packs.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? packs : throw new PackFormatException($"Two pack files use the id \"{duplicate.Key}\".");
    }
}
