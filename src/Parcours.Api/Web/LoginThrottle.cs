using Parcours.Infrastructure.Identity;

namespace Parcours.Api.Web;

/// <summary>
/// Slows down password guessing: after too many failed logins from one address for one account
/// (or from one address overall) within the window, further attempts are refused with 429 until
/// the window has passed. Successful logins are never counted, so a busy office is not blocked.
/// Identity's own lockout protects each account on top of this. Where the counts live is the
/// store's business: this process's memory on SQLite (one instance), the database on PostgreSQL,
/// so that every instance behind a load balancer counts the same failures.
/// </summary>
internal sealed class LoginThrottle(TimeProvider clock, IConfiguration config, ILoginFailureStore store)
{
    private readonly int _perAccount = config.GetValue("Auth:MaxFailedLoginsPerAccount", 5);
    private readonly int _perAddress = config.GetValue("Auth:MaxFailedLoginsPerAddress", 30);
    private readonly TimeSpan _window = TimeSpan.FromMinutes(config.GetValue("Auth:FailedLoginWindowMinutes", 15));

    /// <summary>How long the caller must wait, or null when they may try.</summary>
    public async Task<TimeSpan?> RetryAfterAsync(string address, string email, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, limit) in Keys(address, email))
        {
            if (await store.ReadAsync(key, ct) is { } w && now - w.Start < _window && w.Count >= limit)
            {
                return w.Start + _window - now;
            }
        }
        return null;
    }

    public async Task FailedAsync(string address, string email, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, _) in Keys(address, email))
        {
            await store.CountAsync(key, now, _window, ct);
        }
    }

    private IEnumerable<(string Key, int Limit)> Keys(string address, string email)
    {
        yield return ($"a|{address}|{email.Trim().ToUpperInvariant()}", _perAccount);
        yield return ($"a|{address}", _perAddress);
    }
}
