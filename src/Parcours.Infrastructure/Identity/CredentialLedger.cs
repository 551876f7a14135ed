using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Infrastructure.Identity;

/// <summary>
/// A credential that no longer opens anything: a refresh token already exchanged (« refresh:&lt;hash&gt; »)
/// or a session signed out (« session:&lt;id&gt; »), kept until what it revokes would have expired anyway.
/// </summary>
public sealed class RevokedCredential
{
    public string Key { get; set; } = "";
    public DateTime ExpiresAtUtc { get; set; }
}

internal sealed class RevokedCredentialConfiguration : IEntityTypeConfiguration<RevokedCredential>
{
    public void Configure(EntityTypeBuilder<RevokedCredential> b)
    {
        b.ToTable("RevokedCredentials");
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(64);
        b.HasIndex(x => x.ExpiresAtUtc);
    }
}

/// <summary>
/// What Identity's stateless tokens cannot say themselves: that a refresh token was already exchanged
/// (single use), and that a session was signed out (its cookie, bearer and refresh tokens all carry the
/// session's id). Kept in the database: every instance sees it, a restart keeps it.
/// </summary>
public sealed class CredentialLedger(ParcoursDbContext db, TimeProvider clock)
{
    /// <summary>The claim that names a sign-in; refreshed tokens keep it.</summary>
    public const string SessionClaim = "parcours:session";

    /// <summary>How long anything issued by one sign-in can live (the refresh token's 14 days).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromDays(14);

    public async Task EndSessionAsync(string sessionId, CancellationToken ct)
    {
        await AddOnceAsync(new RevokedCredential { Key = Key(sessionId), ExpiresAtUtc = clock.GetUtcNow().UtcDateTime + SessionLifetime }, ct);
    }

    public Task<bool> IsEndedAsync(string sessionId, CancellationToken ct) => EndedQuery.For(db)(db, Key(sessionId), ct);

    // Asked of every signed-in page: compiled once per model, as the bearer's check below.
    private static readonly Application.Common.CompiledPerModel<Func<ParcoursDbContext, string, CancellationToken, Task<bool>>> EndedQuery =
        new(() => EF.CompileAsyncQuery((ParcoursDbContext db, string key, CancellationToken ct) => db.Set<RevokedCredential>().Any(t => t.Key == key)));

    private static string Key(string sessionId) => "session:" + sessionId;

    /// <summary>What a bearer request's session check compares: the account's stamp and lock, and whether the sign-in was ended.</summary>
    public sealed record BearerSession(string? SecurityStamp, bool LockoutEnabled, DateTimeOffset? LockoutEnd, bool Ended);

    /// <summary>
    /// A bearer request's account, and whether its sign-in was ended, in one round trip and three columns: the session
    /// check runs on every signed-in API request, and it was half of what a small request cost (bench/auth.sh).
    /// Null when the account no longer exists.
    /// </summary>
    public Task<BearerSession?> BearerSessionAsync(string userId, string? sessionId, CancellationToken ct) =>
        // No session named: a key no row has.
        BearerSessionQuery.For(db)(db, userId, sessionId is null ? "" : Key(sessionId), ct);

    // Compiled once per model: the query runs on every signed-in API request, and EF's per-call work on an uncompiled
    // query cost as much again as the query (bench/RESULTS.md, « The session check in one read »).
    private static readonly Application.Common.CompiledPerModel<Func<ParcoursDbContext, string, string, CancellationToken, Task<BearerSession?>>> BearerSessionQuery =
        new(() => EF.CompileAsyncQuery((ParcoursDbContext db, string userId, string key, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new BearerSession(u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd, db.Set<RevokedCredential>().Any(t => t.Key == key)))
                .SingleOrDefault()));

    /// <summary>True the first time a token is presented; false ever after.</summary>
    public async Task<bool> TryConsumeAsync(string token, DateTimeOffset expires, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<RevokedCredential>().Where(t => t.ExpiresAtUtc < now).ExecuteDeleteAsync(ct);
        var hash = "refresh:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..48];
        // The primary key says whether it was exchanged already (by this request's twin, or by a thief).
        return await AddOnceAsync(new RevokedCredential { Key = hash, ExpiresAtUtc = expires.UtcDateTime }, ct);
    }

    private async Task<bool> AddOnceAsync(RevokedCredential row, CancellationToken ct)
    {
        // Looked up first so that the usual refusal is not logged as a database error; the key still decides a race.
        if (await db.Set<RevokedCredential>().AnyAsync(t => t.Key == row.Key, ct)) return false;
        var entry = db.Set<RevokedCredential>().Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            entry.State = EntityState.Detached; // Only this row: the account loaded in the same request stays tracked.
            return false;
        }
    }
}
