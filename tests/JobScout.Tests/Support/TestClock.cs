namespace JobScout.Tests.Support;

/// <summary>A clock that stands still until the test moves it, so date filters and "since" labels never depend on the calendar.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public void Advance(TimeSpan by) => _now += by;

    public override DateTimeOffset GetUtcNow() => _now;
}
