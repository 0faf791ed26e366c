namespace JobScout.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and errors to <see cref="Error"/>.</summary>
public sealed record CliOutput(TextWriter Out, TextWriter Error);
