namespace JobScout.Infrastructure.Storage.Migrations;

/// <summary>One schema step. Versions only grow; a shipped migration is never edited.</summary>
public sealed record Migration(int Version, string Name, string Sql);
