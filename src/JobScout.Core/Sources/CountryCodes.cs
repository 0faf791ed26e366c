namespace JobScout.Core.Sources;

/// <summary>English country names (and common aliases) to ISO-3166 alpha-2 codes, for sources that send names.</summary>
public static class CountryCodes
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["United States"] = "US",
        ["United States of America"] = "US",
        ["USA"] = "US",
        ["US"] = "US",
        ["U.S."] = "US",
        ["U.S.A."] = "US",
        ["America"] = "US",
        ["Canada"] = "CA",
        ["Mexico"] = "MX",
        ["Puerto Rico"] = "PR",
        ["United Kingdom"] = "GB",
        ["UK"] = "GB",
        ["U.K."] = "GB",
        ["Great Britain"] = "GB",
        ["Britain"] = "GB",
        ["England"] = "GB",
        ["Scotland"] = "GB",
        ["Wales"] = "GB",
        ["Northern Ireland"] = "GB",
        ["Ireland"] = "IE",
        ["Germany"] = "DE",
        ["Deutschland"] = "DE",
        ["France"] = "FR",
        ["Spain"] = "ES",
        ["Portugal"] = "PT",
        ["Italy"] = "IT",
        ["Netherlands"] = "NL",
        ["The Netherlands"] = "NL",
        ["Holland"] = "NL",
        ["Belgium"] = "BE",
        ["Luxembourg"] = "LU",
        ["Switzerland"] = "CH",
        ["Austria"] = "AT",
        ["Denmark"] = "DK",
        ["Sweden"] = "SE",
        ["Norway"] = "NO",
        ["Finland"] = "FI",
        ["Iceland"] = "IS",
        ["Poland"] = "PL",
        ["Czech Republic"] = "CZ",
        ["Czechia"] = "CZ",
        ["Slovakia"] = "SK",
        ["Hungary"] = "HU",
        ["Romania"] = "RO",
        ["Bulgaria"] = "BG",
        ["Greece"] = "GR",
        ["Cyprus"] = "CY",
        ["Malta"] = "MT",
        ["Croatia"] = "HR",
        ["Slovenia"] = "SI",
        ["Serbia"] = "RS",
        ["Bosnia and Herzegovina"] = "BA",
        ["Montenegro"] = "ME",
        ["North Macedonia"] = "MK",
        ["Albania"] = "AL",
        ["Moldova"] = "MD",
        ["Estonia"] = "EE",
        ["Latvia"] = "LV",
        ["Lithuania"] = "LT",
        ["Ukraine"] = "UA",
        ["Belarus"] = "BY",
        ["Russia"] = "RU",
        ["Russian Federation"] = "RU",
        ["Turkey"] = "TR",
        ["Türkiye"] = "TR",
        ["Armenia"] = "AM",
        ["Azerbaijan"] = "AZ",
        ["Kazakhstan"] = "KZ",
        ["Uzbekistan"] = "UZ",
        ["Israel"] = "IL",
        ["Jordan"] = "JO",
        ["Lebanon"] = "LB",
        ["Saudi Arabia"] = "SA",
        ["United Arab Emirates"] = "AE",
        ["UAE"] = "AE",
        ["Qatar"] = "QA",
        ["Kuwait"] = "KW",
        ["Bahrain"] = "BH",
        ["Oman"] = "OM",
        ["Egypt"] = "EG",
        ["Morocco"] = "MA",
        ["Tunisia"] = "TN",
        ["Algeria"] = "DZ",
        ["Nigeria"] = "NG",
        ["Ghana"] = "GH",
        ["Kenya"] = "KE",
        ["Uganda"] = "UG",
        ["Tanzania"] = "TZ",
        ["Rwanda"] = "RW",
        ["Ethiopia"] = "ET",
        ["South Africa"] = "ZA",
        ["Cameroon"] = "CM",
        ["Senegal"] = "SN",
        ["Ivory Coast"] = "CI",
        ["Côte d'Ivoire"] = "CI",
        ["Zimbabwe"] = "ZW",
        ["Zambia"] = "ZM",
        ["Botswana"] = "BW",
        ["Mauritius"] = "MU",
        ["India"] = "IN",
        ["Pakistan"] = "PK",
        ["Bangladesh"] = "BD",
        ["Sri Lanka"] = "LK",
        ["Nepal"] = "NP",
        ["China"] = "CN",
        ["Hong Kong"] = "HK",
        ["Taiwan"] = "TW",
        ["Japan"] = "JP",
        ["South Korea"] = "KR",
        ["Korea"] = "KR",
        ["Republic of Korea"] = "KR",
        ["Singapore"] = "SG",
        ["Malaysia"] = "MY",
        ["Indonesia"] = "ID",
        ["Thailand"] = "TH",
        ["Vietnam"] = "VN",
        ["Viet Nam"] = "VN",
        ["Philippines"] = "PH",
        ["The Philippines"] = "PH",
        ["Cambodia"] = "KH",
        ["Australia"] = "AU",
        ["New Zealand"] = "NZ",
        ["Brazil"] = "BR",
        ["Argentina"] = "AR",
        ["Chile"] = "CL",
        ["Colombia"] = "CO",
        ["Peru"] = "PE",
        ["Ecuador"] = "EC",
        ["Bolivia"] = "BO",
        ["Paraguay"] = "PY",
        ["Uruguay"] = "UY",
        ["Venezuela"] = "VE",
        ["Costa Rica"] = "CR",
        ["Panama"] = "PA",
        ["Guatemala"] = "GT",
        ["Honduras"] = "HN",
        ["El Salvador"] = "SV",
        ["Nicaragua"] = "NI",
        ["Dominican Republic"] = "DO",
        ["Jamaica"] = "JM",
        ["Trinidad and Tobago"] = "TT",
        ["Barbados"] = "BB",
        ["Bahamas"] = "BS",
    };

    private static readonly HashSet<string> Codes = new(ByName.Values, StringComparer.Ordinal);

    private static readonly char[] Separators = [',', ';', '/', '|'];

    // Words that say nothing about where: dropped rather than counted as an unknown country.
    private static readonly HashSet<string> Noise = new(StringComparer.OrdinalIgnoreCase) { "Remote", "Fully Remote", "100% Remote" };

    /// <summary>The code for a country name, alias or code ("Germany", "USA", "UK", "DE"); null when unknown.</summary>
    public static string? FromName(string name)
    {
        var key = Clean(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (ByName.TryGetValue(key, out var code))
        {
            return code;
        }

        return IsCode(key) ? key : null;
    }

    /// <summary>True for an upper-case ISO-3166 alpha-2 code this table knows ("US", "DE").</summary>
    public static bool IsCode(string text) => text is { Length: 2 } && Codes.Contains(text);

    /// <summary>
    /// The codes for a list of names, in order and without repeats. All or nothing: when one name is unknown
    /// (a region such as "Europe", or "Worldwide") the list is empty, because a partial list would narrow eligibility.
    /// </summary>
    public static IReadOnlyList<string> FromNames(IEnumerable<string> names)
    {
        var codes = new List<string>();
        foreach (var name in names)
        {
            if (Noise.Contains(name.Trim()))
            {
                continue;
            }

            if (FromName(name) is not { } code)
            {
                return [];
            }

            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    /// <summary>The codes named by a free-text location such as "USA Only" or "United States, Canada".</summary>
    public static IReadOnlyList<string> FromLocation(string? location) =>
        string.IsNullOrWhiteSpace(location)
            ? []
            : FromNames(location.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // Drops flag emoji and notes in brackets, and a trailing "only" ("USA Only").
    private static string Clean(string name)
    {
        var bracket = name.IndexOf('(', StringComparison.Ordinal);
        var text = bracket >= 0 ? name[..bracket] : name;
        text = new string(text.Where(c => char.IsLetter(c) || c is ' ' or '.' or '-' or '\'').ToArray()).Trim();
        if (text.EndsWith(" only", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^5].TrimEnd();
        }

        return text;
    }
}
