using JobScout.Cli;

namespace JobScout.Tests.Support;

/// <summary>Runs the <c>jobscout</c> command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await JobScoutCommand.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
