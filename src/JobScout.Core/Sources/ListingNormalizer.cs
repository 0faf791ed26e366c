using JobScout.Core.Classification;
using JobScout.Core.Listings;
using JobScout.Core.Pay;
using JobScout.Core.Text;

namespace JobScout.Core.Sources;

/// <summary>Turns a parser's draft into a normalized listing: text cleaned, pay read, work classified.</summary>
public static class ListingNormalizer
{
    public static NormalizedListing Normalize(ListingDraft draft)
    {
        var (html, text) = HtmlContent.Prepare(draft.DescriptionHtml);
        var title = HtmlContent.TitleText(draft.Title);
        var countries = draft.Countries.Count > 0 ? draft.Countries : EligibilityReader.Countries(draft.Location);
        var pay = PaySources.Choose(draft.Pay, draft.PayText, text) is { } chosen ? CurrencyRates.Default.WithUsd(chosen) : null;
        var company = draft.Company.Trim();
        var tagText = draft.Tags.Count == 0 ? text : text + "\n" + string.Join(", ", draft.Tags);
        var classification = ListingClassifier.Default.Classify(title, tagText, company, pay, draft.ApplyUrl ?? draft.Url);
        return new NormalizedListing
        {
            Source = draft.Source,
            SourceId = draft.SourceId,
            Title = title,
            Company = company,
            Url = WebLinks.HttpOrNull(draft.Url),
            ApplyUrl = WebLinks.HttpOrNull(draft.ApplyUrl) ?? WebLinks.HttpOrNull(draft.Url),
            Location = draft.Location?.Trim(),
            Description = text,
            DescriptionHtml = html,
            Remote = draft.Remote ?? RemoteDetector.FromLocation(draft.Location),
            Countries = countries,
            EmploymentType = EmploymentTypes.Normalize(draft.EmploymentType),
            PostedAt = draft.PostedAt,
            ValidThrough = draft.ValidThrough,
            Pay = pay,
            Relevant = classification.Relevant,
            RoleTypes = classification.RoleTypes,
            TaskTypes = classification.TaskTypes,
            Domains = classification.Domains,
            Skills = classification.Skills,
            Languages = classification.Languages,
            Level = classification.Level,
            Flags = classification.Flags,
        };
    }

}
