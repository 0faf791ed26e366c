namespace JobScout.Core.Sources;

/// <summary>Reads one source format. The source key is the part after "kind:" (board, site or file name).</summary>
public interface ISourceParser
{
    string Kind { get; }

    ParsedPayload Parse(string payload, string sourceKey);
}
