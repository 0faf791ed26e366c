namespace JobScout.Core.Sources;

/// <summary>A payload that cannot be read at all; the message says why in words an operator understands.</summary>
public sealed class SourceFormatException : Exception
{
    public SourceFormatException(string message)
        : base(message)
    {
    }

    public SourceFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public SourceFormatException()
    {
    }
}
