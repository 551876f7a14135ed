using System.Collections.Concurrent;

namespace Parcours.Infrastructure.Persistence;

/// <summary>
/// SQLite has one writer at a time. Left to itself, a second writer's BEGIN IMMEDIATE meets SQLITE_BUSY
/// and Microsoft.Data.Sqlite sleeps and retries — under 32 concurrent writers the tail grew past a second.
/// Here writers of the same database file wait their turn in the process instead, in order, woken the
/// moment the previous transaction ends. One gate per database (the tests run several); readers never
/// pass through it (WAL lets them read while one writes).
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>
    /// Longest wait for one's turn. Past it the writer goes on without the gate and meets SQLite's own busy
    /// handling, as before the gate: ordering writers must never become a new way to hang a request.
    /// </summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    public static SemaphoreSlim For(string database) => Gates.GetOrAdd(database, _ => new SemaphoreSlim(1, 1));

    /// <summary>Waits for the turn; null (and no turn to give back) when the wait ran out.</summary>
    public static async Task<SemaphoreSlim?> EnterAsync(SemaphoreSlim? gate, CancellationToken ct) =>
        gate is not null && await gate.WaitAsync(MaxWait, ct) ? gate : null;
}
