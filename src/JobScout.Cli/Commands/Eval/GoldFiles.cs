namespace JobScout.Cli.Commands.Eval;

/// <summary>Reads a file of hand-judged examples for an eval command; a missing or malformed file is a clear message.</summary>
internal static class GoldFiles
{
    public static IReadOnlyList<T> Read<T>(FileInfo file, Func<string, string, IReadOnlyList<T>> parse)
    {
        if (!file.Exists)
        {
            throw new CliException($"No such file: {file.FullName}");
        }

        try
        {
            return parse(File.ReadAllText(file.FullName), file.Name);
        }
        catch (FormatException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
