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
        await FoldAsync(db, "Participations", "TerritoryName", "TerritorySearch", ct);
        await FoldAsync(db, "FollowUpEntries", "Notes", "NotesSearch", ct);
        while (true)
        {
            var people = await db.People.Where(p => p.SearchText == "").Select(p => new { p.Id, p.LastName, p.FirstName, p.Email }).Take(Batch).ToListAsync(ct);
            if (people.Count == 0) break;
            foreach (var p in people)
            {
                var folded = Searchable.Fold($"{p.LastName} {p.FirstName} {p.Email}");
                await db.People.Where(x => x.Id == p.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.SearchText, folded.Length == 0 ? " " : folded), ct);
            }
        }
    }

    private static async Task FoldAsync(ParcoursDbContext db, string table, string source, string target, CancellationToken ct)
    {
        while (true)
        {
            // Names come from this file, never from a user; values are parameters.
            var select = $"SELECT \"Id\" AS \"Id\", \"{source}\" AS \"Text\" FROM \"{table}\" WHERE \"{target}\" = '' AND \"{source}\" <> '' LIMIT {Batch}";
            var update = $"UPDATE \"{table}\" SET \"{target}\" = {{0}} WHERE \"Id\" = {{1}}";
            var rows = await db.Database.SqlQueryRaw<Row>(select).ToListAsync(ct);
            if (rows.Count == 0) return;
            foreach (var row in rows)
            {
                var folded = Searchable.Fold(row.Text);
                // A text of signs only folds to nothing: a space marks it done.
                await db.Database.ExecuteSqlRawAsync(update, [folded.Length == 0 ? " " : folded, row.Id], ct);
            }
        }
    }

    private sealed record Row(Guid Id, string Text);
}
