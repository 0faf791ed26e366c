using System.Globalization;
using System.Text;
using JobScout.Infrastructure.Accounts;
using JobScout.Infrastructure.Configuration;
using JobScout.Infrastructure.Email;
using JobScout.Infrastructure.Search;
using Microsoft.Extensions.Options;

namespace JobScout.Infrastructure.Alerts;

/// <summary>Writes the e-mail telling one person about a saved search's new listings.</summary>
public sealed class AlertMailer(IEmailSender sender, IOptions<JobScoutOptions> options)
{
    public bool CanDeliver => sender.CanDeliver;

    public Task SendAsync(UserAccount user, SavedSearch search, IReadOnlyList<SearchHit> listings, CancellationToken ct = default)
    {
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        var shown = listings.Take(Math.Max(1, options.Value.Alerts.MaxPerEmail)).ToList();
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Hello {user.DisplayName},\n\n")
            .Append(CultureInfo.InvariantCulture, $"{Count(listings.Count)} matching your saved search \"{search.Name}\":\n\n");
        foreach (var listing in shown)
        {
            body.Append(CultureInfo.InvariantCulture, $"- {listing.Title} — {listing.Company}{(listing.PayText is { } pay ? $" ({pay})" : "")}\n")
                .Append(CultureInfo.InvariantCulture, $"  {baseUrl}/listings/{listing.Id}\n");
        }

        if (listings.Count > shown.Count)
        {
            body.Append(CultureInfo.InvariantCulture, $"\n…and {listings.Count - shown.Count} more: {baseUrl}/alerts\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"\nSee the search: {baseUrl}{search.SearchUrl}\n")
            .Append(CultureInfo.InvariantCulture, $"Change how often you hear about it, or stop these e-mails: {baseUrl}/saved\n");
        var subject = $"{Count(listings.Count)}: {search.Name}";
        return sender.SendAsync(new EmailMessage(user.Email, user.DisplayName, subject, body.ToString()), ct);
    }

    private static string Count(int count) => count == 1 ? "1 new listing" : $"{count} new listings";
}
