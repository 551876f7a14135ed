using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Privacy;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Infrastructure.Privacy;

/// <summary>
/// Every text column of every table, found in the schema itself, so that a table added later is scrubbed
/// too without anyone remembering it. JSON columns hold accented names escaped (« H\u00E9l\u00E8ne »): both
/// spellings are replaced. SQLite's schema is read from <c>pragma_table_info</c>, PostgreSQL's from
/// <c>information_schema</c> (the product's schema only: Hangfire's holds job arguments, not people).
/// </summary>
internal sealed class PersonalDataScrubber(ParcoursDbContext db) : IPersonalDataScrubber
{
    // The trail holds no free text (see AuditCapture) and refuses updates; EF's own bookkeeping holds none either.
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "AuditEntries", "__EFMigrationsHistory", "__EFMigrationsLock" };

    public async Task<int> ReplaceEverywhereAsync(IReadOnlyCollection<string> needles, string replacement, CancellationToken ct)
    {
        var spellings = needles.Where(n => n.Length >= 3)
            // As typed, as JSON escapes it, and folded as the search columns keep it (« heloise vauquelin »).
            .SelectMany(n => new[] { (n, replacement), (Escaped(n), Escaped(replacement)), (Domain.Common.Searchable.Fold(n), Domain.Common.Searchable.Fold(replacement)) })
            .Where(x => x.Item1.Length >= 3)
            .Distinct().ToList();
        if (spellings.Count == 0) return 0;
        var sqlite = db.Database.IsSqlite();
        var columns = await db.Database.SqlQueryRaw<TextColumn>(sqlite
            ? """
              SELECT m.name AS "Table", c.name AS "Column"
              FROM sqlite_master m JOIN pragma_table_info(m.name) c
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND upper(c.type) = 'TEXT'
              """
            : """
              SELECT c.table_name AS "Table", c.column_name AS "Column"
              FROM information_schema.columns c
              JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
              WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.data_type IN ('text', 'character varying')
              """).ToListAsync(ct);
        var position = sqlite ? "instr" : "strpos";
        // One statement a column: every spelling replaced in turn, on the rows that hold any of them.
        var arguments = spellings.SelectMany(x => new object[] { x.Item1, x.Item2 }).ToArray();
        var changed = 0;
        foreach (var column in columns.Where(c => !Skipped.Contains(c.Table)))
        {
            // Names come from the schema, never from a user: quoting them is enough; the values are parameters.
            var value = $"\"{column.Column}\"";
            for (var i = 0; i < spellings.Count; i++) value = $"replace({value}, {{{2 * i}}}, {{{2 * i + 1}}})";
            var holds = string.Join(" OR ", spellings.Select((_, i) => $"{position}(\"{column.Column}\", {{{2 * i}}}) > 0"));
            var sql = $"UPDATE \"{column.Table}\" SET \"{column.Column}\" = {value} WHERE {holds}";
            changed += await db.Database.ExecuteSqlRawAsync(sql, arguments, ct);
        }
        return changed;
    }

    private static string Escaped(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.Default).ToString();

    private sealed record TextColumn(string Table, string Column);
}
