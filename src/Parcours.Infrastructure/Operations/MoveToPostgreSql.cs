using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Infrastructure.Operations;

/// <summary>
/// « dotnet Parcours.Api.dll move-to-postgresql "&lt;connection string&gt;" »: copies a SQLite installation
/// (the one <c>ConnectionStrings:Parcours</c> names, Parcours stopped) into an empty PostgreSQL database, every
/// table of the model, row for row. The PostgreSQL database is migrated first; the tables are copied in the
/// order of their foreign keys by PostgreSQL's binary COPY, in one transaction (all or nothing). The tallies are
/// not copied: the triggers count the participations and the reminders as they arrive. Identity counters are set past the copied
/// rows. Documents and keys: the documents folder is reused as it is; on PostgreSQL the keys live in the database,
/// so tokens issued before the move must be signed again (people sign in again).
/// </summary>
public static class MoveToPostgreSql
{
    // Kept by the target's own triggers as the rows arrive (the attendance versions are numbers of its transactions).
    private static readonly HashSet<string> Derived = new(StringComparer.Ordinal) { "ParticipationTallies", "ReminderTallies", "AttendanceVersions" };

    public static int? Run(string[] args, IConfiguration config, TextWriter output, TextWriter errors)
    {
        if (args is not ["move-to-postgresql", ..]) return null;
        if (args is not [_, var target] || string.IsNullOrWhiteSpace(target))
        {
            errors.WriteLine("Usage : dotnet Parcours.Api.dll move-to-postgresql \"Host=…;Database=…;Username=…;Password=…\"");
            return 2;
        }
        if (DatabaseProvider.Read(config) != DatabaseProviderKind.Sqlite)
        {
            errors.WriteLine("La base de départ doit être SQLite (Database:Provider=Sqlite) : c'est elle qui est copiée.");
            return 2;
        }
        try
        {
            var rows = CopyAsync(InstallationPaths.ConnectionString(config), target, output, CancellationToken.None).GetAwaiter().GetResult();
            output.WriteLine($"Copie terminée : {rows} lignes. Réglez Database:Provider=PostgreSql et ConnectionStrings:Parcours sur la nouvelle base, puis démarrez Parcours.");
            return 0;
        }
        catch (MoveRefused refused)
        {
            errors.WriteLine(refused.Message);
            return 1;
        }
    }

    public static async Task<long> CopyAsync(string sqliteConnection, string postgreSqlConnection, TextWriter output, CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(sqliteConnection);
        if (!File.Exists(Path.GetFullPath(source.DataSource)))
        {
            throw new MoveRefused($"La base SQLite {Path.GetFullPath(source.DataSource)} n'existe pas : vérifiez ConnectionStrings:Parcours.");
        }
        var options = new DbContextOptionsBuilder<ParcoursDbContext>();
        options.Use(DatabaseProviderKind.PostgreSql, postgreSqlConnection);
        await using var target = new ParcoursDbContext(options.Options);
        await target.Database.MigrateAsync(ct);
        var tables = Ordered(target.Model.GetRelationalModel().Tables.Where(t => t.Schema is null or "public" && !Derived.Contains(t.Name)).ToList());

        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder(sqliteConnection) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await from.OpenAsync(ct);
        await using var to = new NpgsqlConnection(postgreSqlConnection);
        await to.OpenAsync(ct);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{table.Name}\")", to);
            if ((bool)(await count.ExecuteScalarAsync(ct))!)
            {
                throw new MoveRefused($"La base PostgreSQL n'est pas vide (table {table.Name}) : la copie va dans une base neuve (rien n'a été écrit).");
            }
        }

        await using var transaction = await to.BeginTransactionAsync(ct);
        long total = 0;
        foreach (var table in tables)
        {
            var columns = table.Columns.ToList();
            var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
            await using var read = from.CreateCommand();
            read.CommandText = $"SELECT {names} FROM \"{table.Name}\"";
            await using var reader = await read.ExecuteReaderAsync(ct);
            long rows = 0;
            await using (var copy = await to.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)", ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    await copy.StartRowAsync(ct);
                    for (var i = 0; i < columns.Count; i++)
                    {
                        if (reader.IsDBNull(i)) await copy.WriteNullAsync(ct);
                        else await copy.WriteAsync(Value(reader, i, columns[i].ProviderClrType), columns[i].StoreType, ct);
                    }
                    rows++;
                }
                await copy.CompleteAsync(ct);
            }
            total += rows;
            output.WriteLine($"{table.Name} : {rows}");
        }
        // Identity columns (keys of data-protection, Identity's claims) continue after the copied rows.
        foreach (var table in tables)
        {
            foreach (var column in table.Columns.Where(c => c.PropertyMappings.Any(m => m.Property.ValueGenerated == ValueGenerated.OnAdd
                && m.Property.ClrType == typeof(int) && m.Property.IsPrimaryKey())))
            {
                await using var reset = new NpgsqlCommand(
                    $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', '{column.Name}'), COALESCE((SELECT MAX(\"{column.Name}\") FROM \"{table.Name}\"), 0) + 1, false)", to, transaction);
                await reset.ExecuteScalarAsync(ct);
            }
        }
        await transaction.CommitAsync(ct);
        return total;
    }

    /// <summary>A SQLite value read as the CLR type PostgreSQL's column takes (SQLite keeps Guids and dates as text).</summary>
    private static object Value(SqliteDataReader reader, int i, Type type) => type switch
    {
        _ when type == typeof(Guid) => reader.GetGuid(i),
        _ when type == typeof(DateTime) => DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc),
        _ when type == typeof(DateTimeOffset) => reader.GetDateTimeOffset(i),
        _ when type == typeof(DateOnly) => reader.GetFieldValue<DateOnly>(i),
        _ when type == typeof(TimeOnly) => reader.GetFieldValue<TimeOnly>(i),
        _ when type == typeof(bool) => reader.GetBoolean(i),
        _ when type == typeof(int) => reader.GetInt32(i),
        _ when type == typeof(long) => reader.GetInt64(i),
        _ when type == typeof(short) => reader.GetInt16(i),
        _ when type == typeof(double) => reader.GetDouble(i),
        _ when type == typeof(decimal) => reader.GetDecimal(i),
        _ when type == typeof(byte[]) => reader.GetFieldValue<byte[]>(i),
        _ => reader.GetString(i),
    };

    /// <summary>Tables in the order of their foreign keys: a row's principal is always copied before it.</summary>
    private static List<ITable> Ordered(List<ITable> tables)
    {
        var ordered = new List<ITable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < tables.Count)
        {
            var ready = tables.Where(t => !placed.Contains(t.Name)
                && t.ForeignKeyConstraints.All(fk => fk.PrincipalTable.Name == t.Name || placed.Contains(fk.PrincipalTable.Name) || !tables.Contains(fk.PrincipalTable))).ToList();
            if (ready.Count == 0) throw new InvalidOperationException("Cycle de clés étrangères entre " + string.Join(", ", tables.Where(t => !placed.Contains(t.Name)).Select(t => t.Name)));
            foreach (var t in ready.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                ordered.Add(t);
                placed.Add(t.Name);
            }
        }
        return ordered;
    }

    private sealed class MoveRefused(string message) : Exception(message);
}
