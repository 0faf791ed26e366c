using System.Text.Json;
using JobScout.Core.Listings;
using JobScout.Core.Pay;

namespace JobScout.Core.Sources.Boards;

/// <summary>RemoteOK public API: <c>GET /api</c>, a bare array whose first element is a legal notice, not a job.</summary>
public sealed class RemoteOkBoard : JsonJobBoard
{
    public override string Kind => "remoteok";

    protected override string Noun => "job";

    public override string? DefaultBaseUrl(string sourceKey) => "https://remoteok.com";

    public override bool SupportsConditionalGet => true;

    public override Uri FirstPage(string baseUrl, string key, string query) => new($"{baseUrl}/api");

    protected override JsonElement Postings(JsonElement root) => RootArray(root, "the RemoteOK API");

    // The notice element ({ last_updated, legal }) has neither id nor position; it is expected, not a problem.
    protected override bool IsPosting(JsonElement posting) =>
        !string.IsNullOrWhiteSpace(posting.Text("id")) || !string.IsNullOrWhiteSpace(posting.Text("position"));

    protected override (string? Id, string? Title) Identify(JsonElement posting) => (posting.Text("id"), posting.Text("position"));

    protected override ListingDraft Draft(JsonElement posting, PostingContext context)
    {
        var location = posting.Text("location");
        return new ListingDraft
        {
            Source = context.Source,
            SourceId = context.Id,
            Title = context.Title,
            Company = posting.Text("company") ?? context.SourceKey,
            Url = posting.Text("url"),
            ApplyUrl = posting.Text("apply_url"),
            Location = location,
            DescriptionHtml = posting.Text("description"),
            // RemoteOK salaries are yearly US dollars; 0 means not given, which From treats as missing.
            Pay = PayRanges.From(posting.Number("salary_min"), posting.Number("salary_max"), "USD", PayInterval.Year),
            Remote = true,
            Countries = CountryCodes.FromLocation(location),
            PostedAt = posting.Date("date") ?? posting.EpochDate("epoch"),
            Tags = posting.Strings("tags"),
        };
    }
}
