using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
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

    /// <param name="compiledModel">
    /// The model EF Core uses: the one compiled ahead of time for this provider (<c>dotnet ef dbcontext optimize</c>, in
    /// the provider's migrations assembly; decision record 0028) — building it from the configurations took 0.6 s of
    /// every start. <c>false</c> builds it from <see cref="ParcoursDbContext"/>'s configurations: what the tooling
    /// needs (a new migration or compiled model must see today's configurations), and what the staleness test compares.
    /// </param>
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProviderKind provider, string connectionString,
        bool compiledModel = true)
    {
        _ = provider switch
        {
            DatabaseProviderKind.PostgreSql => options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
            _ => options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
        };
        return compiledModel ? options.UseModel(CompiledModel(provider)) : options;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DatabaseProviderKind, IModel> CompiledModels = new();

    /// <summary>The provider's compiled model, found by the attribute the tooling writes beside it in the migrations assembly.</summary>
    public static IModel CompiledModel(DatabaseProviderKind provider) => CompiledModels.GetOrAdd(provider, static kind =>
    {
        var assembly = Assembly.Load(new AssemblyName(kind == DatabaseProviderKind.PostgreSql ? PostgreSqlMigrationsAssembly : SqliteMigrationsAssembly));
        var modelType = assembly.GetCustomAttributes<DbContextModelAttribute>().Single(a => a.ContextType == typeof(ParcoursDbContext)).ModelType;
        return (IModel)modelType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    });
}
