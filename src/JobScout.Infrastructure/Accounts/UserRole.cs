namespace JobScout.Infrastructure.Accounts;

/// <summary>The three kinds of account. Coaches can do all a seeker can; admins all a coach can.</summary>
public static class UserRole
{
    public const string Seeker = "seeker";
    public const string Coach = "coach";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Seeker, Coach, Admin];

    public static bool IsCoach(string role) => role is Coach or Admin;
}
