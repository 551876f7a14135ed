using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Parcours.Infrastructure.Persistence;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>
/// The same product on a real PostgreSQL 15 server (a throwaway cluster on loopback): the migration set made by
/// EF's tooling matches the model, the pilot's demo loads and reads back through the API, the tallies and the
/// append-only trail hold in the database itself.
/// </summary>
[Trait(FixedDatabase.Trait, FixedDatabase.Value)]
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlTests(PostgreSqlCluster cluster)
{
    private const string DemoPassword = "Demo-Password-2018";

    [Fact]
    public async Task TheMigrationSet_IsAppliedWhole_AndTheModelHasNoChangeItLacks()
    {
        var options = new DbContextOptionsBuilder<ParcoursDbContext>();
        // The model built from the configurations, as the tooling sees it (the compiled one is checked against it in MigrationsTests).
        options.Use(DatabaseProviderKind.PostgreSql, await cluster.NewDatabaseAsync(), compiledModel: false);
        await using var db = new ParcoursDbContext(options.Options);
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        // EF's own check: the PostgreSQL snapshot describes today's model (a change without its migration fails here).
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a PostgreSQL migration (README « Adding a migration »).");
    }

    [Fact]
    public async Task ThePilotsDemo_LoadsAndReadsBack_OnPostgreSql()
    {
        var connection = await cluster.NewDatabaseAsync();
        await using var app = new ParcoursApp(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Parcours"] = connection,
            ["Demo:Seed"] = "true",
            ["Demo:Password"] = DemoPassword,
            ["Reminders:PollSeconds"] = "3600",
        });
        using var anonymous = app.CreateClient();
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/health/ready"));
        using var coordinator = await app.LoginAsync("coordination@parcours.demo", DemoPassword);
        var cohort = (await coordinator.GetAsync("/api/cohorts?pageSize=100", 200)).GetProperty("items").EnumerateArray()
            .Single(c => c.Str("title") == "Promotion pilote 2017–2018").Id();

        // Counts kept by the database's triggers, in the participation's own transaction.
        var counts = await coordinator.GetAsync($"/api/cohorts/{cohort}/territories/counts", 200);
        Assert.Equal(13, counts.GetProperty("total").GetInt32());
        Assert.Equal(11, counts.GetProperty("byStatus").EnumerateArray().Single(s => s.Str("status") == "Accepted").GetProperty("count").GetInt32());
        var territory = await coordinator.PostAsync("/api/territories", new { name = "Commune de l'Île-d'Yeu", kind = "Commune", region = "PaysDeLaLoire", carrierKind = "Association" }, 201);
        await coordinator.PostAsync($"/api/cohorts/{cohort}/territories", new { territoryId = territory.Id() }, 201);
        Assert.Equal(14, (await coordinator.GetAsync($"/api/cohorts/{cohort}/territories/counts", 200)).GetProperty("total").GetInt32());

        // French names searched without accents nor case, and the directory in French order, as on SQLite.
        var elodie = (await coordinator.GetAsync("/api/people?search=ELODIE&pageSize=100", 200)).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(elodie);
        Assert.All(elodie, p => Assert.Equal("Élodie", p.Str("firstName")));
        var lastNames = (await coordinator.GetAsync("/api/people?pageSize=100", 200)).GetProperty("items").EnumerateArray().Select(p => p.Str("lastName")).ToList();
        Assert.True(lastNames.IndexOf("Noël") < lastNames.IndexOf("Perrin"), string.Join(", ", lastNames));
        Assert.Equal(["Commune de l'Île-d'Yeu"], (await coordinator.GetAsync($"/api/cohorts/{cohort}/territories?search=ILE%20d%20yeu", 200))
            .GetProperty("items").EnumerateArray().Select(t => t.GetProperty("territory").Str("name")));

        Assert.Equal(["dijon", "Écully", "Fontaine", "Zèbre-sur-Mer"], await FoldedSearchTests.FrenchOrderAsync(coordinator));

        // Reads across modules: pairs, sessions with their rates, the library searched without accents, the report.
        Assert.Equal(11, (await coordinator.GetAsync($"/api/cohorts/{cohort}/pairs?pageSize=100", 200)).GetProperty("items").GetArrayLength());
        Assert.Equal(4, (await coordinator.GetAsync($"/api/cohorts/{cohort}/attendance/rates", 200)).GetProperty("sessions").GetArrayLength());
        var found = await coordinator.GetAsync($"/api/resources?cohortId={cohort}&q=TIERS%20lieux", 200);
        Assert.Equal("S3 — Tiers-lieux et dialogue territorial : dossier d'approfondissement", Assert.Single(found.GetProperty("items").EnumerateArray()).Str("title"));
        var report = await coordinator.GetAsync($"/api/cohorts/{cohort}/report?at=2018-12-31", 200);
        Assert.Equal(JsonValueKind.Object, report.ValueKind);
        using var catalyst = await app.LoginAsync("catalyseur@parcours.demo", DemoPassword);
        Assert.Equal(JsonValueKind.Array, (await catalyst.GetAsync($"/api/cohorts/{cohort}/shared-roadmaps", 200)).ValueKind);

        // The trail is append-only in the database, whoever tries.
        Assert.NotEmpty((await (await app.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword)).GetAsync("/api/admin/audit", 200)).GetProperty("items").EnumerateArray());
        await using var sql = new NpgsqlConnection(connection);
        await sql.OpenAsync();
        foreach (var statement in new[] { "UPDATE \"AuditEntries\" SET \"UseCase\" = 'rien'", "DELETE FROM \"AuditEntries\"" })
        {
            await using var command = new NpgsqlCommand(statement, sql);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("journal d'audit", refused.MessageText);
        }
    }

    [Fact]
    public async Task TwoInstances_OnOneDatabase_ServeTheSameUsers_ShareTokensAndFailedLogins()
    {
        var connection = await cluster.NewDatabaseAsync();
        // Two instances as a load balancer would see them: one database, nothing else shared (each its own folder, so its own key folder).
        Dictionary<string, string?> Settings() => new()
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Parcours"] = connection,
            ["Reminders:PollSeconds"] = "3600",
            ["Auth:MaxFailedLoginsPerAccount"] = "3",
        };
        await using var first = new ParcoursApp(settings: Settings());
        await using var second = new ParcoursApp(settings: Settings());
        Assert.NotEqual(first.Folder, second.Folder);

        using var onFirst = await first.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        using var onSecond = second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = onFirst.DefaultRequestHeaders.Authorization;
        Assert.Equal(ParcoursApp.AdminEmail, (await onSecond.GetAsync("/api/me", 200)).Str("email"));

        // Failed logins are counted together: two on one instance, one on the other, and the next try is refused on either.
        var guessed = $"devine-{Guid.NewGuid():N}@tests.parcours";
        foreach (var app in new[] { first, first, second })
        {
            using var anonymous = app.CreateClient();
            await Http.ExpectProblemAsync(await anonymous.PostAsJsonAsync("/api/auth/login", new { email = guessed, password = "pas-le-bon-1" }), 401);
        }
        using (var anonymous = first.CreateClient())
        {
            var refused = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = guessed, password = "pas-le-bon-1" });
            await Http.ExpectProblemAsync(refused, 429, "too-many-failed-logins");
            Assert.True(refused.Headers.RetryAfter is not null);
        }

        // What one instance writes, the other reads.
        var email = $"deux-instances-{Guid.NewGuid():N}@tests.parcours";
        await onFirst.PostAsync("/api/admin/accounts", new { email, password = ParcoursApp.Password, roles = new[] { "Coordinator" } }, 201);
        using var coordinator = await second.LoginAsync(email, ParcoursApp.Password);
        Assert.Equal(email, (await coordinator.GetAsync("/api/me", 200)).Str("email"));
    }

    [Fact]
    public async Task ASqliteInstallation_MovesToPostgreSql_WithEveryRow_AndServesTheSamePeople()
    {
        // The pilot on SQLite, as an installation that ran: demo, accounts, a resource uploaded, reminders planned.
        var folder = Path.Combine(Path.GetTempPath(), "parcours-tests", Guid.NewGuid().ToString("N"));
        await using (var sqlite = new ParcoursApp(folder, new Dictionary<string, string?> { ["Demo:Seed"] = "true", ["Demo:Password"] = DemoPassword, ["Reminders:PollSeconds"] = "3600" }))
        {
            using var coordinator = await sqlite.LoginAsync("coordination@parcours.demo", DemoPassword);
            Assert.Equal(JsonValueKind.Object, (await coordinator.GetAsync("/api/me", 200)).ValueKind);
        }
        var database = Path.Combine(folder, "parcours.db");
        SortedDictionary<string, long> before;
        await using (var sqliteFile = await AppDatabase.OpenSqliteAsync(database)) before = await sqliteFile.RowCountsAsync();

        // The command, as an operator runs it: Parcours stopped, its settings naming the SQLite file.
        var target = await cluster.NewDatabaseAsync();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Parcours.Api.dll"), "move-to-postgresql", target }) start.ArgumentList.Add(a);
        start.Environment["ConnectionStrings__Parcours"] = $"Data Source={database}";
        using (var move = System.Diagnostics.Process.Start(start)!)
        {
            var output = move.StandardOutput.ReadToEndAsync();
            var error = move.StandardError.ReadToEndAsync();
            await move.WaitForExitAsync();
            Assert.True(move.ExitCode == 0, await error + await output);
            Assert.Contains("Copie terminée", await output);
        }

        // Every table, the same rows (the tallies rebuilt by the triggers as the participations arrived).
        await using (var pg = await AppDatabase.OpenAsync(new ParcoursApp.DatabaseSettings(true, target)))
        {
            // EF's own bookkeeping differs by provider (each its migration set); every table of the product is compared.
            static SortedDictionary<string, long> Product(SortedDictionary<string, long> counts) =>
                new(counts.Where(t => !t.Key.StartsWith("__EF", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal);
            Assert.Equal(Product(before), Product(await pg.RowCountsAsync()));
        }
        Assert.True(before["AuditEntries"] > 0);

        // Parcours on the moved database: the same people sign in with the same passwords and read the same pilot.
        await using var moved = new ParcoursApp(folder, new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSql", ["ConnectionStrings:Parcours"] = target, ["Reminders:PollSeconds"] = "3600" });
        using var again = await moved.LoginAsync("coordination@parcours.demo", DemoPassword);
        var cohort = (await again.GetAsync("/api/cohorts?pageSize=100", 200)).GetProperty("items").EnumerateArray().Single(c => c.Str("title") == "Promotion pilote 2017–2018").Id();
        Assert.Equal(13, (await again.GetAsync($"/api/cohorts/{cohort}/territories/counts", 200)).GetProperty("total").GetInt32());
        var document = (await again.GetAsync($"/api/resources?cohortId={cohort}", 200)).GetProperty("items").EnumerateArray().First(r => r.Str("format") == "Document");
        Assert.Contains(document.Str("title"), await (await again.GetAsync(document.Str("downloadUrl"))).Content.ReadAsStringAsync());
        // New rows after the move take fresh identities (the counters continue after the copied ones).
        await again.PostAsync("/api/people", new { firstName = "Après", lastName = "Déménagement", email = $"apres-{Guid.NewGuid():N}@tests.parcours" }, 201);
    }

}
