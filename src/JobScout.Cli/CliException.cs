namespace JobScout.Cli;

/// <summary>An expected failure: its message is printed as the command's one-line error.</summary>
public sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException()
    {
    }

    public CliException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
