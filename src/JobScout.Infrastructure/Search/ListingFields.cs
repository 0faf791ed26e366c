namespace JobScout.Infrastructure.Search;

/// <summary>Field names in the Lucene index.</summary>
internal static class ListingFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Company = "company";
    public const string Location = "location";
    public const string Description = "description";
    public const string Summary = "summary";
    public const string PayText = "pay";
    public const string Posted = "posted";
    public const string Example = "example";

    /// <summary>Commit user data key holding the last change sequence the index contains.</summary>
    public const string SequenceKey = "jobscout.seq";
}
