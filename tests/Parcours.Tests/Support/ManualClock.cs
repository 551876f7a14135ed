namespace Parcours.Tests.Support;

/// <summary>A clock the test moves by hand: reminders fall due without waiting days (or minutes) of wall-clock time.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _now = start;
    private bool _real;

    /// <summary>A clock that follows real time, for what only real time can show (a delayed job firing at its moment).</summary>
    public static ManualClock Real() => new(DateTimeOffset.UtcNow) { _real = true };

    public override DateTimeOffset GetUtcNow()
    {
        if (_real) return DateTimeOffset.UtcNow;
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
