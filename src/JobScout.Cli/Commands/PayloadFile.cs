using JobScout.Core.Sources;
using JobScout.Core.Sources.Boards;

namespace JobScout.Cli.Commands;

/// <summary>Reads a payload file and parses it with the named (or detected) format.</summary>
internal static class PayloadFile
{
    private const long MaxBytes = 200L * 1024 * 1024;

    public static async Task<string> ReadAsync(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new CliException($"No such file: {file.FullName}");
        }

        if (file.Length > MaxBytes)
        {
            throw new CliException($"{file.Name} is {file.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB.");
        }

        return await File.ReadAllTextAsync(file.FullName);
    }

    public static ParsedPayload Parse(string payload, string format, FileInfo file)
    {
        var kind = string.Equals(format, "auto", StringComparison.OrdinalIgnoreCase) ? SourceParsers.Detect(payload) : format;
        var key = kind == "greenhouse" ? GreenhouseBoard.BoardFromPayload(payload) ?? Stem(file) : Stem(file);
        return SourceParsers.For(kind).Parse(payload, key);
    }

    private static string Stem(FileInfo file) => Path.GetFileNameWithoutExtension(file.Name);
}
