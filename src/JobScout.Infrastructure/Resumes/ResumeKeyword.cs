namespace JobScout.Infrastructure.Resumes;

public enum KeywordCategory
{
    Task,
    DomainSkill,
    RoleTitle,
    Tool,
    ListingPhrase,
}

/// <summary>A keyword to look for, the forms that count as it (variants and synonyms), and how to add it when missing.</summary>
public sealed record ResumeKeyword(string Text, KeywordCategory Category, IReadOnlyList<string> Forms, string Suggestion);

/// <summary>What a resume is checked against: the guide's keywords, a role type's, or one listing's.</summary>
public sealed record ResumeTarget(string Id, string Name, IReadOnlyList<ResumeKeyword> Keywords)
{
    /// <summary>The listing's text, when the target is a listing: keyword frequency is counted in it too.</summary>
    public string? ListingText { get; init; }
}
