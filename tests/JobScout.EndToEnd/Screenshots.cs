using Microsoft.Playwright;
using Xunit.Abstractions;

namespace JobScout.EndToEnd;

/// <summary>Full-page screenshots into bin/…/screenshots, named in the test output so they can be opened and looked at.</summary>
internal static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name, ITestOutputHelper output)
    {
        var path = Path.Combine(SiteHost.ScreenshotDirectory, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }
}
