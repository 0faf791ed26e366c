using System.Reflection;
using System.Text.Json;
using JobScout.Core.Listings;

namespace JobScout.Core.Pay;

/// <summary>
/// data/currency-rates.json: US dollars per unit of each currency on a recorded date, so hourly pay in any currency can
/// be compared with a minimum in dollars. The listing keeps its own currency; only the comparison figure is converted.
/// </summary>
public sealed record CurrencyRates(string Recorded, IReadOnlyDictionary<string, decimal> UsdPerUnit)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<CurrencyRates> Shipped = new(Load);

    public static CurrencyRates Default => Shipped.Value;

    /// <summary>The pay with its hourly figures in US dollars, or unchanged when its currency has no rate.</summary>
    public PayRange WithUsd(PayRange pay)
    {
        if (pay.Currency is not { } currency || !UsdPerUnit.TryGetValue(currency.ToUpperInvariant(), out var rate))
        {
            return pay;
        }

        return pay with { HourlyUsdMin = Convert(pay.HourlyMin, rate), HourlyUsdMax = Convert(pay.HourlyMax, rate) };
    }

    private static decimal? Convert(decimal? amount, decimal rate) => amount is { } value ? Math.Round(value * rate, 2) : null;

    private static CurrencyRates Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("JobScout.currency-rates.json")
                           ?? throw new InvalidOperationException("currency-rates.json is not embedded.");
        var file = JsonSerializer.Deserialize<RatesFile>(stream, Json)
                   ?? throw new JsonException("currency-rates.json is empty.");
        return new CurrencyRates(file.Recorded, new Dictionary<string, decimal>(file.UsdPerUnit, StringComparer.OrdinalIgnoreCase));
    }

    private sealed record RatesFile(string Recorded, Dictionary<string, decimal> UsdPerUnit);
}
