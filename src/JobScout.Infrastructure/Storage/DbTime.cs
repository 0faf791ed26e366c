using System.Globalization;

namespace JobScout.Infrastructure.Storage;

/// <summary>Times are stored as round-trip ISO-8601 text, which sorts and compares correctly as text.</summary>
internal static class DbTime
{
    public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static DateTimeOffset? ParseOrNull(string? text) => string.IsNullOrEmpty(text) ? null : Parse(text);
}
