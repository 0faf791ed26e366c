using JobScout.Infrastructure.Crawling.Terms;

namespace JobScout.Web.ViewModels;

public sealed record TermYieldViewModel(IReadOnlyList<TermYield> Terms, string? Source, IReadOnlyList<string> Sources, int UntriedQueries)
{
    public const int ChartRows = 20;

    public IReadOnlyList<TermYield> Chart => Terms.Where(t => t.RelevantNew > 0).Take(ChartRows).ToList();
}
