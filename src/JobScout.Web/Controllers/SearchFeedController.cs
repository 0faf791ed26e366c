using System.ServiceModel.Syndication;
using JobScout.Infrastructure.Search;
using JobScout.Web.Feeds;
using Microsoft.AspNetCore.Mvc;

namespace JobScout.Web.Controllers;

/// <summary>/search.atom: any search as an Atom feed, newest first, for feed readers and alerts.</summary>
public sealed class SearchFeedController(ListingSearcher searcher) : Controller
{
    private const int FeedSize = 50;

    [HttpGet("/search.atom")]
    public async Task Atom()
    {
        var parameters = SearchParameters.From(Request.Query) with { Sort = SearchSort.Newest, Page = 1 };
        var results = searcher.Search(parameters.ToRequest(FeedSize) with { WithFacets = false, WithHighlights = false });
        var origin = $"{Request.Scheme}://{Request.Host}";
        var title = string.IsNullOrEmpty(parameters.Query) ? "JobScout: newest AI-training listings" : $"JobScout: {parameters.Query}";
        var feed = new SyndicationFeed(title, $"{results.Total} listings match this search.", new Uri(origin + parameters.Url()))
        {
            Id = origin + parameters.Url(),
            LastUpdatedTime = results.Hits.Count == 0 ? DateTimeOffset.UnixEpoch : results.Hits.Max(h => h.FirstSeenAt),
            Items = results.Hits.Select(hit => Item(hit, origin)).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = "JobScout" });
        feed.Links.Add(new SyndicationLink(new Uri(origin + parameters.Url("/search.atom")), "self", title, "application/atom+xml", 0));

        await AtomWriter.WriteAsync(Response, feed);
    }

    private static SyndicationItem Item(SearchHit hit, string origin)
    {
        var url = new Uri($"{origin}/listings/{hit.Id}");
        var summary = $"{hit.Company}{(hit.Location is null ? "" : " · " + hit.Location)}{(hit.PayText is null ? "" : " · " + hit.PayText)}. {hit.Summary}";
        return new SyndicationItem($"{hit.Title} — {hit.Company}", summary, url, url.AbsoluteUri, hit.FirstSeenAt)
        {
            PublishDate = hit.PostedAt,
        };
    }
}
