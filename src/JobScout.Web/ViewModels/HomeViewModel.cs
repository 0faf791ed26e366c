namespace JobScout.Web.ViewModels;

public sealed record HomeViewModel(IReadOnlyList<ListingSummary> Newest, long OpenListings, bool ShowingExamples);
