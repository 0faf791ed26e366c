namespace JobScout.Infrastructure.Search;

/// <summary>Field names in the Lucene index.</summary>
public static class ListingFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Company = "company";
    public const string Location = "location";
    public const string Description = "description";
    public const string Summary = "summary";

    /// <summary>The start of the description, stored for highlighting.</summary>
    public const string DescriptionHighlight = "description_hl";
    public const string PayText = "pay";
    public const string Posted = "posted";
    public const string Seen = "seen";
    public const string Example = "example";

    /// <summary>Hourly pay in US dollars where the currency has a rate (the top of the range): range filter, sort and histogram.</summary>
    public const string Hourly = "hourly";

    // Facet fields: a StringField to filter on and a SortedSetDocValuesField to count, per value.
    public const string Role = "f_role";
    public const string Domain = "f_domain";
    public const string Task = "f_task";
    public const string Employment = "f_employment";
    public const string Interval = "f_interval";
    public const string Remote = "f_remote";
    public const string Country = "f_country";
    public const string Language = "f_language";
    public const string Level = "f_level";
    public const string CompanyFacet = "f_company";
    public const string Source = "f_source";

    /// <summary>All facet values as "field=value" terms, for filters (see FacetTerms).</summary>
    public const string Facets = "facets";

    /// <summary>The f_country value of listings that name no country: open to every country.</summary>
    public const string AnyCountry = "*";

    /// <summary>Commit user data key holding the last change sequence the index contains.</summary>
    public const string SequenceKey = "jobscout.seq";

    /// <summary>Commit user data key of the document layout; an index of another layout is rebuilt.</summary>
    public const string SchemaKey = "jobscout.schema";

    /// <summary>Bumped whenever <see cref="ListingDocument"/> changes what it writes.</summary>
    public const string SchemaVersion = "4";
}
