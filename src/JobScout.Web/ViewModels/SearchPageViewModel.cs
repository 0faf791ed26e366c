namespace JobScout.Web.ViewModels;

public sealed record SearchPageViewModel(
    string Query,
    IReadOnlyList<ListingSummary> Results,
    int Total,
    int Page,
    int PageCount,
    string? Notice)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}
