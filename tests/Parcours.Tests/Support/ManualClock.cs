namespace Parcours.Tests.Support;

/// <summary>A clock the test moves by hand: reminders fall due without waiting days (or minutes) of wall-clock time.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by)
    {
        lock (_lock) _now += by;
    }

    public void Set(DateTimeOffset to)
    {
        lock (_lock)
        {
            if (to < _now) throw new InvalidOperationException("The clock only goes forward.");
            _now = to;
        }
    }
}
