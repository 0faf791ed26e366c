using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JobScout.EndToEnd;

internal static class Accessibility
{
    /// <summary>Runs axe-core on the page and fails on any serious or critical violation, naming each.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe-core found on {page.Url}:\n{string.Join('\n', serious)}");
    }
}
