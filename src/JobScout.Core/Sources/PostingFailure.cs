using System.Text.RegularExpressions;
using JobScout.Core.Listings;

namespace JobScout.Core.Sources;

/// <summary>The failures one posting's content can cause, which cost that posting alone, never the payload.</summary>
internal static class PostingFailure
{
    /// <summary>Normalizes one draft into <paramref name="listings"/>, or reports it as <paramref name="where"/> and goes on.</summary>
    public static void NormalizeInto(ListingDraft draft, List<NormalizedListing> listings, List<string> problems, string where)
    {
        try
        {
            listings.Add(ListingNormalizer.Normalize(draft));
        }
        catch (Exception ex) when (IsListingFault(ex))
        {
            problems.Add($"{where} ({draft.SourceId}): skipped, {Describe(ex)}");
        }
    }

    public static bool IsListingFault(Exception ex) =>
        ex is RegexMatchTimeoutException or FormatException or ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException;

    public static string Describe(Exception ex) => ex switch
    {
        RegexMatchTimeoutException => "its text took too long to read",
        _ => $"it could not be read ({ex.Message.ReplaceLineEndings(" ")})",
    };
}
