using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Tests.Api;

/// <summary>The hand-written migrations must build exactly the schema the model describes.</summary>
public sealed class SchemaTests
{
    [Fact]
    public async Task Migrations_BuildTheSameSchemaAsTheModel()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parcours-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var migrated = Path.Combine(folder, "migrated.db");
        var created = Path.Combine(folder, "created.db");

        await using (var db = Context(migrated)) await db.Database.MigrateAsync();
        await using (var db = Context(created)) await db.Database.EnsureCreatedAsync();

        var fromMigrations = await DescribeAsync(migrated);
        var fromModel = await DescribeAsync(created);
        Assert.True(fromModel.SequenceEqual(fromMigrations), "model only:\n" + string.Join("\n", fromModel.Except(fromMigrations)) + "\nmigrations only:\n" + string.Join("\n", fromMigrations.Except(fromModel)));
        Assert.Contains(fromModel, line => line.StartsWith("PairMembers.index IX_PairMembers_CohortId_PersonId_Active unique partial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrations_AreAllAppliedAndNoneIsPending()
    {
        var path = Path.Combine(Path.GetTempPath(), "parcours-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var db = Context(path);
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    internal static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static ParcoursDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<ParcoursDbContext>().UseSqlite($"Data Source={path};Pooling=False",
            o => o.MigrationsAssembly(typeof(ParcoursDbContext).Assembly.GetName().Name)).Options);

    /// <summary>Tables, columns (type, nullability, key) and indexes (unique, partial, columns), sorted.</summary>
    private static async Task<List<string>> DescribeAsync(string path)
    {
        await using var connection = Open(path);
        var lines = new List<string>();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            lines.Add($"{table}");
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) lines.Add($"{table}.column {reader.GetString(0)} {reader.GetString(1)} notnull={reader.GetInt64(2)} pk={reader.GetInt64(3)}");
            }
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT il.name, il.\"unique\", il.partial, (SELECT group_concat(name, ',') FROM pragma_index_info(il.name)) FROM pragma_index_list('{table}') il";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    lines.Add($"{table}.index {reader.GetString(0)} {(reader.GetInt64(1) == 1 ? "unique" : "")} {(reader.GetInt64(2) == 1 ? "partial" : "")} ({reader.GetString(3)})");
            }
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) lines.Add($"{table}.fk {reader.GetString(1)} -> {reader.GetString(0)}.{reader.GetString(2)} {reader.GetString(3)}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
