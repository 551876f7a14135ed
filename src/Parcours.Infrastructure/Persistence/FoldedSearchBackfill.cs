using Microsoft.EntityFrameworkCore;
using Parcours.Domain.Common;

namespace Parcours.Infrastructure.Persistence;

/// <summary>
/// Folds, once, the rows written before the folded search columns existed (migration FoldedSearch): SQL folds no
/// accents, so this runs in C# at start, in batches, and finds nothing to do afterwards. Raw updates: bookkeeping
/// of the search, not a change anyone made (no audit line, no trigger of the tallies).
/// </summary>
internal static class FoldedSearchBackfill
{
    private const int Batch = 500;

    public static async Task RunAsync(ParcoursDbContext db, CancellationToken ct)
    {
        await FoldAsync(db, "Participations", "\"TerritoryName\"", "TerritorySearch", ct);
        await FoldAsync(db, "FollowUpEntries", "\"Notes\"", "NotesSearch", ct);
        // `||` joins text on SQLite and PostgreSQL alike: the same text the domain folds (Person.Fold).
        await FoldAsync(db, "People", "\"LastName\" || ' ' || \"FirstName\" || ' ' || \"Email\"", "SearchText", ct);
    }

    private static async Task FoldAsync(ParcoursDbContext db, string table, string source, string target, CancellationToken ct)
    {
        // Names come from this file, never from a user; values are parameters.
        var pending = $"FROM \"{table}\" WHERE \"{target}\" = '' AND {source} <> ''";
        // Almost every start finds nothing: asked in plain SQL, without compiling an EF query (StartupQueries).
        if (!await StartupQueries.AnyAsync(db, $"SELECT 1 {pending} LIMIT 1", ct)) return;
        var select = $"SELECT \"Id\" AS \"Id\", {source} AS \"Text\" {pending} LIMIT {Batch}";
        var update = $"UPDATE \"{table}\" SET \"{target}\" = {{0}} WHERE \"Id\" = {{1}}";
        while (true)
        {
            var rows = await db.Database.SqlQueryRaw<Row>(select).ToListAsync(ct);
            if (rows.Count == 0) return;
            // A batch a transaction: one commit per 500 rows, not one per row (a 100,000-territory cohort upgrades in seconds).
            var changed = await db.InTransactionAsync(async () =>
            {
                var count = 0;
                foreach (var row in rows)
                {
                    var folded = Searchable.Fold(row.Text);
                    // A text of signs only folds to nothing: a space marks it done.
                    count += await db.Database.ExecuteSqlRawAsync(update, [folded.Length == 0 ? " " : folded, row.Id], ct);
                }
                return count;
            }, ct);
            // Rows read but not written would be read again forever: stop rather than loop at start.
            if (changed == 0) throw new InvalidOperationException($"Le repliage de {table}.{target} n'avance plus : les lignes lues ne sont pas mises à jour.");
        }
    }

    private sealed record Row(Guid Id, string Text);
}
