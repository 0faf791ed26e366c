namespace JobScout.Infrastructure.Assessments.Import;

/// <summary>What an import produced: the pack, how many rows were read and skipped, and warnings for the operator.</summary>
public sealed record DatasetImport(PracticePack Pack, int RowsRead, int RowsSkipped, IReadOnlyList<string> Warnings);

/// <summary>Options shared by the importers.</summary>
public sealed record ImportOptions(string PackId, int? Limit = null, bool ExcludeOffensive = false);

/// <summary>A dataset file that is not in the expected format.</summary>
public sealed class DatasetFormatException(string message) : Exception(message);

/// <summary>The dataset importers by format name.</summary>
public static class DatasetImporters
{
    public static IReadOnlyList<string> Formats { get; } = ["truthfulqa", "hh-rlhf", "halueval", "clinc150"];

    public static DatasetImport Import(string format, string file, ImportOptions options) => format switch
    {
        "truthfulqa" => TruthfulQaImporter.Import(file, options),
        "hh-rlhf" => HhRlhfImporter.Import(file, options),
        "halueval" => HaluEvalImporter.Import(file, options),
        "clinc150" => Clinc150Importer.Import(file, options),
        _ => throw new DatasetFormatException($"Unknown format \"{format}\"; use one of {string.Join(", ", Formats)}."),
    };

    /// <summary>A pack around imported items, crediting its source; the title says it was imported.</summary>
    internal static PracticePack Pack(ImportOptions options, string title, string description, string domain, PackSource source, IReadOnlyList<PracticeItem> items) =>
        new(options.PackId, title, 1, description, domain, 70, Math.Clamp(items.Count * 2, 10, 120), source, items);
}
