namespace JobScout.Infrastructure.Storage;

/// <summary>Yes/no columns are 0/1 integers on every engine (SQLite has no boolean type); parameters go in the same way.</summary>
public static class DbFlag
{
    public static long Of(bool value) => value ? 1 : 0;
}
