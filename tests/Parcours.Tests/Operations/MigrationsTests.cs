using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;
using Parcours.Tests.Support;

namespace Parcours.Tests.Operations;

/// <summary>
/// The SQLite migration set made by EF's tooling: it matches the model, it builds what the hand-written set it
/// replaced built, and a database of that set — the pilot's, with its rows — is brought under it at start.
/// </summary>
[Trait(FixedDatabase.Trait, FixedDatabase.Value)]
public sealed class MigrationsTests
{
    /// <summary>The pilot's demo as the application of 2026-11-30 left it (hand-written migrations, Demo:Password « Demo-Password-2018 »).</summary>
    private const string PilotFixture = "Operations/Fixtures/pilot-2026-11-30.db.gz";

    /// <summary>
    /// The model each start uses is compiled ahead of time (decision record 0028); a configuration changed without
    /// compiling it again would be ignored at run time. So the compiled model must describe, entity by entity, what the
    /// configurations build: the CLR types and members, tables, columns and their types, keys, indexes and converters.
    /// (It caught two classes of the compiled code bound to the wrong type — a hand-written migration of the same name
    /// in an enclosing namespace — which is why the compiled models live in <c>Parcours.CompiledModels.*</c>.)
    /// </summary>
    [Theory]
    [InlineData(DatabaseProviderKind.Sqlite)]
    [InlineData(DatabaseProviderKind.PostgreSql)]
    public void CompiledModel_IsWhatTheConfigurationsBuild(DatabaseProviderKind provider)
    {
        // Nothing is opened: the connection strings only choose the provider.
        var connection = provider == DatabaseProviderKind.Sqlite ? $"Data Source={NewPath()}" : "Host=127.0.0.1;Database=parcours";
        ParcoursDbContext Open(bool compiledModel)
        {
            var options = new DbContextOptionsBuilder<ParcoursDbContext>();
            options.Use(provider, connection, compiledModel);
            return new ParcoursDbContext(options.Options);
        }
        using var built = Open(compiledModel: false);
        using var compiled = Open(compiledModel: true);
        Assert.Same(DatabaseProvider.CompiledModel(provider), compiled.Model);

        var (expected, actual) = (Describe(built.Model).Split('\n'), Describe(compiled.Model).Split('\n'));
        var first = expected.Zip(actual).Select((pair, i) => (pair, i)).FirstOrDefault(x => x.pair.First != x.pair.Second);
        Assert.True(expected.SequenceEqual(actual), $"the compiled model is stale — run dotnet ef dbcontext optimize in migrations/{provider} " +
            $"(README « Adding a migration »); first difference: {first.pair.First} ≠ {first.pair.Second}");
    }

    /// <summary>What the application relies on in a model, one line each: where every property is read and written and stored.</summary>
    private static string Describe(Microsoft.EntityFrameworkCore.Metadata.IModel model) => string.Join('\n',
        model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e => (IEnumerable<string>)
        [
            $"{e.Name} {e.ClrType.FullName} {e.GetTableName()} {e.GetViewName()} owned={e.IsOwned()} base={e.BaseType?.Name}",
            .. e.GetDeclaredProperties().Select(p => $"  {p.Name} {p.ClrType.Name} {p.PropertyInfo?.Name}/{p.FieldInfo?.Name} column={p.GetColumnName()} "
                + $"{p.GetColumnType()} null={p.IsNullable} max={p.GetMaxLength()} gen={p.ValueGenerated} conc={p.IsConcurrencyToken} "
                + $"converter={p.GetValueConverter()?.ProviderClrType.Name} provider={p.GetProviderClrType()?.Name} default={p.GetDefaultValueSql()}{p.GetDefaultValue()}"),
            .. e.GetDeclaredKeys().Select(k => $"  key {string.Join(',', k.Properties.Select(p => p.Name))} primary={k.IsPrimaryKey()}"),
            .. e.GetDeclaredForeignKeys().Select(f => $"  fk {string.Join(',', f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} "
                + $"{f.DeleteBehavior} required={f.IsRequired} unique={f.IsUnique} {f.DependentToPrincipal?.Name}/{f.PrincipalToDependent?.Name}"),
            .. e.GetDeclaredIndexes().Select(i => $"  index {i.GetDatabaseName()} {string.Join(',', i.Properties.Select(p => p.Name))} unique={i.IsUnique} "
                + $"filter={i.GetFilter()}"),
            .. e.GetDeclaredNavigations().Select(n => $"  nav {n.Name} {n.FieldInfo?.Name} {n.PropertyInfo?.Name} {n.TargetEntityType.Name}"),
            .. e.GetDeclaredSkipNavigations().Select(n => $"  skip {n.Name} {n.TargetEntityType.Name}"),
        ]));

    [Fact]
    public async Task SqliteSet_MatchesTheModel_AndAppliesWhole()
    {
        await using var db = Context(NewPath(), DatabaseProvider.SqliteMigrationsAssembly);
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: dotnet ef migrations add (README)");
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Baseline_BuildsWhatTheHandWrittenSetBuilt()
    {
        var legacy = NewPath();
        var baseline = NewPath();
        await using (var db = Context(legacy, LegacyAssembly)) await db.Database.MigrateAsync();
        // The baseline alone: what came after it (CohortIndexes…) is not the hand-written set's.
        await using (var db = Context(baseline, DatabaseProvider.SqliteMigrationsAssembly)) await db.Database.MigrateAsync(db.Database.GetMigrations().First());

        var fromLegacy = await DescribeAsync(legacy);
        var fromBaseline = await DescribeAsync(baseline);
        Assert.True(fromBaseline.SequenceEqual(fromLegacy), "baseline only:\n" + string.Join("\n", fromBaseline.Except(fromLegacy)) + "\nhand-written only:\n" + string.Join("\n", fromLegacy.Except(fromBaseline)));
        Assert.Contains(fromBaseline, line => line.StartsWith("PairMembers.index IX_PairMembers_CohortId_PersonId_Active unique partial", StringComparison.Ordinal));
        Assert.Contains("SessionFeedbacks without rowid", fromBaseline);
        Assert.Contains(fromBaseline, line => line.StartsWith("trigger AuditEntries_NoDelete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PilotDatabaseOfTheHandWrittenSet_StartsUnderTheBaseline_WithEveryRow()
    {
        var folder = NewFolder();
        await using (var source = File.OpenRead(Path.Combine(AppContext.BaseDirectory, PilotFixture)))
        await using (var gzip = new GZipStream(source, CompressionMode.Decompress))
        await using (var target = File.Create(Path.Combine(folder, "parcours.db")))
        {
            await gzip.CopyToAsync(target);
        }
        var before = await CountRowsAsync(Path.Combine(folder, "parcours.db"));
        Assert.Equal(13, before["Territories"]);
        Assert.Equal(22, before["__EFMigrationsHistory"]);

        using (var app = new ParcoursApp(folder, new Dictionary<string, string?> { ["ConnectionStrings:Parcours"] = $"Data Source={Path.Combine(folder, "parcours.db")}" }))
        {
            // The people of 2026-11-30 sign in with their passwords and find their pilot.
            var coordinator = await app.LoginAsync("coordination@parcours.demo", "Demo-Password-2018");
            var cohort = (await coordinator.GetAsync("/api/cohorts", 200)).GetProperty("items").EnumerateArray()
                .Single(c => c.Str("title") == "Promotion pilote 2017–2018");
            var territories = await coordinator.GetAsync($"/api/cohorts/{cohort.Id()}/territories?pageSize=100", 200);
            Assert.Equal(13, territories.GetProperty("total").GetInt32());
            Assert.Equal(11, (await coordinator.GetAsync($"/api/cohorts/{cohort.Id()}/pairs?pageSize=100", 200)).GetProperty("total").GetInt32());
            var catalyst = await app.LoginAsync("catalyseur@parcours.demo", "Demo-Password-2018");
            await catalyst.GetAsync("/api/me", 200);
            // And the application writes to it as to a new one (the audit trail's triggers are there).
            await coordinator.PostAsync("/api/people", new { firstName = "Nouvelle", lastName = "Personne", email = "nouvelle.personne@exemple.fr" }, 201);
        }

        var after = await CountRowsAsync(Path.Combine(folder, "parcours.db"));
        foreach (var (table, count) in before.Where(t => t.Key is not ("__EFMigrationsHistory" or "People" or "AuditEntries" or "RevokedCredentials")))
        {
            Assert.True(after[table] == count, $"{table}: {count} rows before, {after[table]} after");
        }
        Assert.Equal(before["People"] + 1, after["People"]);
        Assert.True(after["AuditEntries"] > before["AuditEntries"]);
        await using var db = Context(Path.Combine(folder, "parcours.db"), DatabaseProvider.SqliteMigrationsAssembly);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(await DescribeAsync(await NewBaselineAsync()), await DescribeAsync(Path.Combine(folder, "parcours.db")));
    }

    [Fact]
    public async Task OlderDatabaseOfTheHandWrittenSet_GetsWhatItLacks_ThenTheBaseline()
    {
        var folder = NewFolder();
        var path = Path.Combine(folder, "parcours.db");
        await using (var db = Context(path, LegacyAssembly))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261130100000_ResourceLibrary");
        }

        using (var app = new ParcoursApp(folder, new Dictionary<string, string?> { ["ConnectionStrings:Parcours"] = $"Data Source={path}" }))
        {
            var admin = await app.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
            await admin.GetAsync("/api/me", 200);
        }

        await using (var db = Context(path, DatabaseProvider.SqliteMigrationsAssembly))
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
        Assert.Equal(await DescribeAsync(await NewBaselineAsync()), await DescribeAsync(path));
    }

    [Fact]
    public async Task DatabaseOfAnUnknownNewerVersion_IsRefusedAtStart_AndLeftAsItWas()
    {
        var folder = NewFolder();
        var path = Path.Combine(folder, "parcours.db");
        await using (var db = Context(path, LegacyAssembly))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" VALUES ('20991231000000_FromTheFuture', '10.0.14');");
        }

        using var app = new ParcoursApp(folder, new Dictionary<string, string?> { ["ConnectionStrings:Parcours"] = $"Data Source={path}" });
        var refused = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => app.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword));
        Assert.Contains("20991231000000_FromTheFuture", refused.Message);
        Assert.Equal(23, (await CountRowsAsync(path))["__EFMigrationsHistory"]);
    }

    internal static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>The hand-written set, compiled into Parcours.Infrastructure (migrations/Sqlite/Legacy).</summary>
    private static readonly string LegacyAssembly = typeof(ParcoursDbContext).Assembly.GetName().Name!;

    private static ParcoursDbContext Context(string path, string migrations) =>
        new(new DbContextOptionsBuilder<ParcoursDbContext>().UseSqlite($"Data Source={path};Pooling=False", o => o.MigrationsAssembly(migrations)).Options);

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parcours-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string NewPath() => Path.Combine(NewFolder(), "parcours.db");

    private static async Task<string> NewBaselineAsync()
    {
        var path = NewPath();
        await using var db = Context(path, DatabaseProvider.SqliteMigrationsAssembly);
        await db.Database.MigrateAsync();
        return path;
    }

    private static async Task<SortedDictionary<string, long>> CountRowsAsync(string path)
    {
        await using var db = await AppDatabase.OpenSqliteAsync(path);
        return await db.RowCountsAsync();
    }

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
        await using (var command = connection.CreateCommand())
        {
            // What EF's model cannot say: the triggers (text compared, spaces aside) and WITHOUT ROWID tables.
            command.CommandText = "SELECT 'trigger ' || name || ' ' || sql FROM sqlite_master WHERE type = 'trigger' " +
                "UNION ALL SELECT name || ' without rowid' FROM pragma_table_list WHERE wr = 1 AND schema = 'main'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) lines.Add(string.Join(' ', reader.GetString(0).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
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
