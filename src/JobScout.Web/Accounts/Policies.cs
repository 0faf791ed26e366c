namespace JobScout.Web.Accounts;

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    public const string Admin = "admin";
    public const string Coach = "coach";
}
