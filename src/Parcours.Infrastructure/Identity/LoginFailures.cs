using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Infrastructure.Identity;

/// <summary>A window of failed logins: when it started, how many failures it holds.</summary>
public sealed record FailureWindow(DateTimeOffset Start, int Count);

/// <summary>Where the failed-login windows are kept.</summary>
public interface ILoginFailureStore
{
    Task<FailureWindow?> ReadAsync(string key, CancellationToken ct);

    /// <summary>One more failure: counted in the running window, or the first of a new one when it has passed.</summary>
    Task CountAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken ct);
}

/// <summary>The windows in this process's memory: one instance (SQLite), bounded under a spray of made-up addresses.</summary>
internal sealed class MemoryLoginFailureStore : ILoginFailureStore
{
    private readonly ConcurrentDictionary<string, FailureWindow> _failures = new(StringComparer.Ordinal);

    public Task<FailureWindow?> ReadAsync(string key, CancellationToken ct) => Task.FromResult(_failures.GetValueOrDefault(key));

    public Task CountAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken ct)
    {
        _failures.AddOrUpdate(key, _ => new FailureWindow(now, 1),
            (_, w) => now - w.Start >= window ? new FailureWindow(now, 1) : w with { Count = w.Count + 1 });
        if (_failures.Count > 100_000)
        {
            // Bounded memory: forget finished windows.
            foreach (var (k, w) in _failures)
            {
                if (now - w.Start >= window) _failures.TryRemove(k, out _);
            }
        }
        return Task.CompletedTask;
    }
}

/// <summary>A window of failed logins kept in the database, on PostgreSQL: every instance counts the same failures.</summary>
internal sealed class LoginFailure
{
    public string Key { get; set; } = "";
    public DateTime WindowStartUtc { get; set; }
    public int Count { get; set; }
}

internal sealed class LoginFailureConfiguration : IEntityTypeConfiguration<LoginFailure>
{
    public void Configure(EntityTypeBuilder<LoginFailure> b)
    {
        b.ToTable("LoginFailures");
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(600);
        b.HasIndex(x => x.WindowStartUtc);
    }
}

/// <summary>
/// The windows in the database the instances share (PostgreSQL). One statement a failure — insert, or count in
/// the running window, or start a new one when it has passed — so that two instances counting at once lose none.
/// </summary>
internal sealed class DatabaseLoginFailureStore(IServiceScopeFactory scopes) : ILoginFailureStore
{
    public async Task<FailureWindow?> ReadAsync(string key, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParcoursDbContext>();
        var row = await db.LoginFailures.AsNoTracking().Where(f => f.Key == key).Select(f => new { f.WindowStartUtc, f.Count }).SingleOrDefaultAsync(ct);
        return row is null ? null : new FailureWindow(new DateTimeOffset(row.WindowStartUtc, TimeSpan.Zero), row.Count);
    }

    public async Task CountAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParcoursDbContext>();
        var start = now.UtcDateTime;
        var expired = (now - window).UtcDateTime;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "LoginFailures" ("Key", "WindowStartUtc", "Count") VALUES ({key}, {start}, 1)
            ON CONFLICT ("Key") DO UPDATE SET
                "Count" = CASE WHEN "LoginFailures"."WindowStartUtc" <= {expired} THEN 1 ELSE "LoginFailures"."Count" + 1 END,
                "WindowStartUtc" = CASE WHEN "LoginFailures"."WindowStartUtc" <= {expired} THEN {start} ELSE "LoginFailures"."WindowStartUtc" END
            """, ct);
        // Windows long finished are forgotten now and then, so that the table stays the size of the recent failures.
        if (Random.Shared.Next(100) == 0)
        {
            await db.LoginFailures.Where(f => f.WindowStartUtc <= expired).ExecuteDeleteAsync(ct);
        }
    }
}
