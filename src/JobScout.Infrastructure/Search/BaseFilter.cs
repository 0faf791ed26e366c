using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace JobScout.Infrastructure.Search;

/// <summary>The filters that are not facets: minimum hourly pay, posted within N days, eligible country, remote only, language, listing ids.</summary>
internal static class BaseFilter
{
    public static Filter? For(SearchRequest request, DateTimeOffset now)
    {
        var filters = new List<Filter>();
        if (request.MinHourly is { } minimum && minimum > 0)
        {
            filters.Add(new NumericThresholdFilter(ListingFields.Hourly, (double)minimum, isDouble: true));
        }

        if (request.PostedWithinDays is { } days && days > 0)
        {
            filters.Add(new NumericThresholdFilter(ListingFields.Posted, now.AddDays(-days).ToUnixTimeSeconds(), isDouble: false));
        }

        if (request.OnlyIds is { } ids)
        {
            var terms = ids.Select(id => new Term(ListingFields.Id, id.ToString(CultureInfo.InvariantCulture))).ToList();
            filters.Add(terms.Count == 0 ? new QueryWrapperFilter(new BooleanQuery()) : new TermsFilter(terms));
        }

        var clauses = new BooleanQuery();
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

        if (clauses.Clauses.Count > 0)
        {
            filters.Add(new QueryWrapperFilter(clauses));
        }

        return filters.Count switch
        {
            0 => null,
            _ => new AllOfFilter(filters),
        };
    }
}
