using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Parcours.Infrastructure.Persistence;

public enum DatabaseProviderKind
{
    Sqlite = 1,
    PostgreSql = 2,
}

/// <summary>
/// Which database an installation runs on (<c>Database:Provider</c>): SQLite, embedded, for the pilot and a first
/// run; PostgreSQL for a national deployment with several instances. Each has its own migration set, made by
/// EF Core's tooling, in an assembly of its own loaded by name (<c>migrations/Sqlite</c>,
/// <c>migrations/PostgreSql</c>) — decision record 0026.
/// </summary>
public static class DatabaseProvider
{
    public const string SqliteMigrationsAssembly = "Parcours.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "Parcours.Migrations.PostgreSql";

    public static DatabaseProviderKind Read(IConfiguration config) => config["Database:Provider"] switch
    {
        null or "" => DatabaseProviderKind.Sqlite,
        var value when value.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProviderKind.Sqlite,
        var value when value.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase) => DatabaseProviderKind.PostgreSql,
        var value => throw new InvalidOperationException($"Réglage Database:Provider invalide : « {value} » (Sqlite ou PostgreSql)."),
    };

    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProviderKind provider, string connectionString) => provider switch
    {
        DatabaseProviderKind.PostgreSql => options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
        _ => options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
    };
}
