using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace Parcours.Infrastructure.Persistence;

/// <summary>
/// Brings a SQLite database made by the hand-written migration set (before 2026-11-30's baseline) under the EF-made
/// set without touching its rows: the hand-written migrations it lacks are applied first, then its history is
/// replaced by the baseline's id — the baseline builds the same schema (MigrationsTests compares them), so nothing
/// is created twice. A database the baseline made, a new one, or a PostgreSQL one passes through untouched.
/// Decision record 0026.
/// </summary>
internal static class SqliteBaseline
{
    public static async Task BridgeAsync(ParcoursDbContext db, ILogger logger, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var current = db.Database.GetMigrations().ToList();
        if (applied.Count == 0 || applied.Any(current.Contains))
        {
            return;
        }

        await using var legacy = new ParcoursDbContext(new DbContextOptionsBuilder<ParcoursDbContext>()
            .UseSqlite(db.Database.GetConnectionString(), o => o.MigrationsAssembly(typeof(ParcoursDbContext).Assembly.GetName().Name))
            .Options);
        var known = legacy.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = applied.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"La base SQLite porte des migrations que cette version ne connaît pas ({string.Join(", ", unknown)}) : " +
                "elle a sans doute été créée par une version plus récente de Parcours.");
        }

        var missing = known.Count - applied.Count;
        await legacy.Database.MigrateAsync(ct);

        var baseline = current[0];
        var history = legacy.GetService<IHistoryRepository>();
        var connection = legacy.Database.GetDbConnection();
        await legacy.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await ExecuteAsync(connection, transaction, $"DELETE FROM \"{HistoryRepository.DefaultTableName}\";", ct);
            await ExecuteAsync(connection, transaction,
                history.GetInsertScript(new HistoryRow(baseline, ProductVersion())), ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await legacy.Database.CloseConnectionAsync();
        }
        logger.LogInformation(
            "Base SQLite créée par les migrations écrites à la main : {Missing} migration(s) manquante(s) appliquée(s), puis marquée à la ligne de base {Baseline}.",
            missing, baseline);
    }

    /// <summary>The EF version written beside each applied migration, as EF writes it (« 10.0.14 »).</summary>
    private static string ProductVersion() =>
        typeof(DbContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "10.0";

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
