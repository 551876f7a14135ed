using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Migrations.Sqlite;

/// <summary>
/// What <c>dotnet ef</c> builds the model with when it writes a SQLite migration: the product's context on SQLite.
/// Adding a migration opens no file; <c>PARCOURS_DESIGN_CONNECTION</c> names one for the tool's other commands.
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ParcoursDbContext>
{
    public ParcoursDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("PARCOURS_DESIGN_CONNECTION") ?? "Data Source=design.db";
        var options = new DbContextOptionsBuilder<ParcoursDbContext>();
        options.Use(DatabaseProviderKind.Sqlite, connection, compiledModel: false);
        return new ParcoursDbContext(options.Options);
    }
}
