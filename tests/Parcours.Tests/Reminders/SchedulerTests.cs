using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Parcours.Infrastructure.Persistence;
using Parcours.Tests.Support;
using Parcours.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Reminders;

/// <summary>Hangfire as the scheduler: the SQLite the process loaded, and its dashboard kept to administrators.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SchedulerTests(BrowserFixture web)
{
    [Fact, Trait(FixedDatabase.Trait, FixedDatabase.Value)]
    public async Task TheProcess_LoadsTheSqliteThePinsAskFor_NotTheOlderOneHangfiresStorageBringsAlong()
    {
        using var scope = web.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParcoursDbContext>();
        var version = await db.Database.SqlQueryRaw<string>("SELECT sqlite_version() AS \"Value\"").SingleAsync();
        // SQLitePCLRaw.lib.e_sqlite3 3.53.3 (Directory.Packages.props); Hangfire.Storage.SQLite alone would bring 3.49.1.
        Assert.Equal("3.53.3", version);
        // Hangfire keeps its own file beside the database, not tables in it.
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync();
        Assert.DoesNotContain(tables, t => t.StartsWith("QRTZ_", StringComparison.Ordinal) || t.StartsWith("hangfire", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheSchedulersDashboard_IsForAdministrators_InFrench_AndIntrouvableForAnyoneElse()
    {
        await using (var anonymous = await web.NewContextAsync())
        {
            var response = await anonymous.APIRequest.GetAsync("/hangfire", new() { MaxRedirects = 0 });
            Assert.Equal(302, response.Status);
            Assert.StartsWith("/connexion", response.Headers["location"], StringComparison.Ordinal);
        }
        await using (var coordination = await web.NewContextAsync())
        {
            await web.SignInAsync(coordination, BrowserFixture.Coordinator);
            Assert.Equal((int)HttpStatusCode.NotFound, (await coordination.APIRequest.GetAsync("/hangfire")).Status);
            Assert.Equal((int)HttpStatusCode.NotFound, (await coordination.APIRequest.GetAsync("/hangfire/recurring")).Status);
        }
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        await page.GotoAsync("/administration/comptes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Planificateur des rappels (Hangfire)" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("Parcours — planificateur des rappels"));
        await page.GotoAsync("/hangfire/recurring");
        // The recurring dispatch is declared, and the dashboard speaks French.
        await Expect(page.Locator("body")).ToContainTextAsync("envoi-des-rappels");
        await Expect(page.Locator("body")).ToContainTextAsync("Tâches récurrentes");
    }

    [Fact, Trait(FixedDatabase.Trait, FixedDatabase.Value)]
    public async Task ADatabaseThatQuartzUsed_LosesQuartzsTables_AtTheNextStart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parcours-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        // A database of the days of Quartz: the hand-written migrations up to then, and what Quartz left in it
        // (its own schema, created at start). The start brings it to the baseline on the way.
        await using (var legacy = new ParcoursDbContext(new DbContextOptionsBuilder<ParcoursDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "parcours.db")};Pooling=False", o => o.MigrationsAssembly(typeof(ParcoursDbContext).Assembly.GetName().Name)).Options))
        {
            await legacy.GetService<IMigrator>().MigrateAsync("20261130020000_ReminderHanded");
            await legacy.Database.ExecuteSqlRawAsync("CREATE TABLE QRTZ_LOCKS (SCHED_NAME TEXT, LOCK_NAME TEXT); CREATE TABLE QRTZ_JOB_DETAILS (SCHED_NAME TEXT, JOB_NAME TEXT);");
        }
        await using var app = new ParcoursApp(folder);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParcoursDbContext>();
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync();
        Assert.Contains("Reminders", tables);
        Assert.DoesNotContain(tables, t => t.StartsWith("QRTZ_", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(folder, "parcours.hangfire.db")), "Hangfire keeps its own file beside the database.");
    }
}
