using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Parcours.Infrastructure.Persistence;

/// <summary>
/// The questions every start asks and almost always answers « nothing to do » (roles present, an administrator,
/// nothing left to fold), as plain SQL on the context's connection. Through LINQ each was an EF query compiled
/// once per process, 40–90 ms each at start (bench/RESULTS.md); the work they lead to, when there is some, still goes
/// through EF and Identity. Table and column names come from this code, never from a user; the SQL is read alike by
/// SQLite and PostgreSQL (quoted names, as EF creates them).
/// </summary>
internal static class StartupQueries
{
    public static async Task<List<string>> StringsAsync(ParcoursDbContext db, string sql, CancellationToken ct)
    {
        var values = new List<string>();
        await WithCommandAsync(db, sql, async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                values.Add(reader.GetString(0));
            }
        }, ct);
        return values;
    }

    public static async Task<bool> AnyAsync(ParcoursDbContext db, string sql, CancellationToken ct)
    {
        var found = false;
        await WithCommandAsync(db, sql, async command => found = await command.ExecuteScalarAsync(ct) is not (null or DBNull), ct);
        return found;
    }

    private static async Task WithCommandAsync(ParcoursDbContext db, string sql, Func<DbCommand, Task> use, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            await use(command);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
