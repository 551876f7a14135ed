using System.Collections.Concurrent;

namespace Parcours.Api.Web;

/// <summary>
/// Slows down password guessing: after too many failed logins from one address for one account
/// (or from one address overall) within the window, further attempts are refused with 429 until
/// the window has passed. Successful logins are never counted, so a busy office is not blocked.
/// Identity's own lockout protects each account on top of this.
/// </summary>
internal sealed class LoginThrottle(TimeProvider clock, IConfiguration config)
{
    private readonly ConcurrentDictionary<string, Window> _failures = new(StringComparer.Ordinal);
    private readonly int _perAccount = config.GetValue("Auth:MaxFailedLoginsPerAccount", 5);
    private readonly int _perAddress = config.GetValue("Auth:MaxFailedLoginsPerAddress", 30);
    private readonly TimeSpan _window = TimeSpan.FromMinutes(config.GetValue("Auth:FailedLoginWindowMinutes", 15));

    private sealed record Window(DateTimeOffset Start, int Count);

    /// <summary>How long the caller must wait, or null when they may try.</summary>
    public TimeSpan? RetryAfter(string address, string email)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, limit) in Keys(address, email))
        {
            if (_failures.TryGetValue(key, out var w) && now - w.Start < _window && w.Count >= limit)
            {
                return w.Start + _window - now;
            }
        }
        return null;
    }

    public void Failed(string address, string email)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, _) in Keys(address, email))
        {
            _failures.AddOrUpdate(key, _ => new Window(now, 1),
                (_, w) => now - w.Start >= _window ? new Window(now, 1) : w with { Count = w.Count + 1 });
        }
        if (_failures.Count > 100_000)
        {
            // Bounded memory under a spray of made-up addresses: forget finished windows.
            foreach (var (key, w) in _failures)
            {
                if (now - w.Start >= _window) _failures.TryRemove(key, out _);
            }
        }
    }

    private IEnumerable<(string Key, int Limit)> Keys(string address, string email)
    {
        yield return ($"a|{address}|{email.Trim().ToUpperInvariant()}", _perAccount);
        yield return ($"a|{address}", _perAddress);
    }
}
