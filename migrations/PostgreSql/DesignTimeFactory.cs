using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Migrations.PostgreSql;

/// <summary>
/// What <c>dotnet ef</c> builds the model with when it writes a PostgreSQL migration: the product's context on
/// Npgsql. No server is needed to add a migration; <c>PARCOURS_DESIGN_CONNECTION</c> names one for the tool's
/// other commands.
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ParcoursDbContext>
{
    public ParcoursDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("PARCOURS_DESIGN_CONNECTION") ?? "Host=127.0.0.1;Database=parcours;Username=parcours";
        var options = new DbContextOptionsBuilder<ParcoursDbContext>();
        options.Use(DatabaseProviderKind.PostgreSql, connection, compiledModel: false);
        return new ParcoursDbContext(options.Options);
    }
}
