using Lucene.Net.Search;

namespace JobScout.Infrastructure.Search;

/// <summary>The filters that are not facets: minimum hourly pay, posted within N days, eligible country, remote only, language.</summary>
internal static class BaseFilter
{
    public static Filter? For(SearchRequest request, DateTimeOffset now)
    {
        var clauses = new BooleanQuery();
        if (request.MinHourly is { } minimum && minimum > 0)
        {
            clauses.Add(NumericRangeQuery.NewDoubleRange(ListingFields.Hourly, (double)minimum, null, true, true), Occur.MUST);
        }

        if (request.PostedWithinDays is { } days && days > 0)
        {
            var since = now.AddDays(-days).ToUnixTimeSeconds();
            clauses.Add(NumericRangeQuery.NewInt64Range(ListingFields.Posted, since, null, true, true), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(request.Country))
        {
            var country = new BooleanQuery
            {
                { new TermQuery(FacetTerms.Term(ListingFields.Country, request.Country.ToUpperInvariant())), Occur.SHOULD },
                { new TermQuery(FacetTerms.Term(ListingFields.Country, ListingFields.AnyCountry)), Occur.SHOULD },
            };
            clauses.Add(country, Occur.MUST);
        }

        if (request.RemoteOnly)
        {
            clauses.Add(new TermQuery(FacetTerms.Term(ListingFields.Remote, "remote")), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            clauses.Add(new TermQuery(FacetTerms.Term(ListingFields.Language, request.Language.ToLowerInvariant())), Occur.MUST);
        }

        return clauses.Clauses.Count == 0 ? null : new CachingWrapperFilter(new QueryWrapperFilter(clauses));
    }
}
