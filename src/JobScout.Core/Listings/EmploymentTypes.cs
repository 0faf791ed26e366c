namespace JobScout.Core.Listings;

/// <summary>Maps the many spellings sources use onto the contract's employment types.</summary>
public static class EmploymentTypes
{
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var key = new string(raw.Where(char.IsLetter).ToArray()).ToUpperInvariant();
        return key switch
        {
            "FULLTIME" or "PERMANENT" => "full_time",
            "PARTTIME" => "part_time",
            "CONTRACT" or "CONTRACTOR" or "FREELANCE" or "CONTRACTTOHIRE" => "contract",
            "TEMPORARY" or "TEMP" or "PERDIEM" => "temporary",
            "INTERN" or "INTERNSHIP" => "internship",
            _ => "other",
        };
    }
}
