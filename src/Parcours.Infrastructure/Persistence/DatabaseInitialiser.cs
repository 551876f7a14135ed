using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parcours.Application.Common;
using Parcours.Infrastructure.Demo;
using Parcours.Infrastructure.Identity;

namespace Parcours.Infrastructure.Persistence;

/// <summary>
/// What happens once at start, before the first request: migrations, roles, the first
/// administrator, and the demo pilot when asked for.
/// </summary>
public static class DatabaseInitialiser
{
    public static async Task InitialiseParcoursDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitialiser));
        var config = sp.GetRequiredService<IConfiguration>();
        var db = (ParcoursDbContext)sp.GetRequiredService<IParcoursDbContext>(); // with its scope's event dispatcher

        EnsureDataFolder(db);
        await SqliteBaseline.BridgeAsync(db, logger, ct);
        // Migrate() first compares the migrations with a model built from the configurations (EF's pending-model
        // check): 0.45 s of every start, which the compiled model is there to save (decision record 0028). So it runs
        // only when a migration is pending — a new database or an upgrade; the tests run that check on every change.
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await db.Database.MigrateAsync(ct);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        await FoldedSearchBackfill.RunAsync(db, ct);

        var present = await StartupQueries.StringsAsync(db, "SELECT \"Name\" FROM \"AspNetRoles\"", ct);
        foreach (var role in Roles.All.Except(present, StringComparer.Ordinal))
        {
            await sp.GetRequiredService<RoleManager<IdentityRole>>().CreateAsync(new IdentityRole(role));
        }

        await BootstrapAdministratorAsync(sp, db, config, logger, ct);

        if (config.GetValue<bool>("Demo:Seed"))
        {
            await DemoSeeder.SeedAsync(sp, config, logger, ct);
        }
    }

    private static async Task BootstrapAdministratorAsync(IServiceProvider sp, ParcoursDbContext db, IConfiguration config, ILogger logger, CancellationToken ct)
    {
        const string anAdministrator = "SELECT 1 FROM \"AspNetUserRoles\" AS ur JOIN \"AspNetRoles\" AS r ON r.\"Id\" = ur.\"RoleId\" " +
            "WHERE r.\"Name\" = '" + Roles.Administrator + "' LIMIT 1";
        if (await StartupQueries.AnyAsync(db, anAdministrator, ct))
        {
            return;
        }
        var users = sp.GetRequiredService<UserManager<ParcoursUser>>();
        var email = config["Bootstrap:AdminEmail"];
        var password = config["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("Aucun administrateur n'existe et Bootstrap:AdminEmail / Bootstrap:AdminPassword ne sont pas renseignés : personne ne peut gérer les comptes.");
            return;
        }
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ParcoursUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(
                    "Bootstrap:AdminPassword est refusé : " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }
        await users.AddToRoleAsync(user, Roles.Administrator);
        logger.LogInformation("Premier administrateur créé : {Email}", email);
    }

    private static void EnsureDataFolder(ParcoursDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder) && source != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
