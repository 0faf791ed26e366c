namespace JobScout.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => JobScoutCommand.RunAsync(args);
}
