using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>
/// Searches compare folded text (no accents, no case) — the same on SQLite as on PostgreSQL — and rows written
/// before the folded columns existed are folded at the next start.
/// </summary>
public sealed class FoldedSearchTests
{
    [Fact]
    public async Task RowsFromBeforeTheFoldedColumns_AreFoldedAtStart_AndFoundWithoutAccents()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parcours-tests", Guid.NewGuid().ToString("N"));
        var last = "Écuyer" + Guid.NewGuid().ToString("N")[..6];
        Guid person, territory, cohort;
        ParcoursApp.DatabaseSettings database;
        await using (var first = new ParcoursApp(folder))
        {
            database = first.Database;
            using var admin = await first.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
            await admin.PostAsync("/api/admin/accounts", new { email = "coordination@tests.parcours", password = ParcoursApp.Password, roles = new[] { "Coordinator" } }, 201);
            using var coordinator = await first.LoginAsync("coordination@tests.parcours", ParcoursApp.Password);
            var s = await new Scenario(coordinator).CohortAsync();
            cohort = s.CohortId;
            person = await s.PersonAsync("Zoé", last);
            territory = (await coordinator.PostAsync("/api/territories", new { name = "Commune de Saint-Étienne-de-Baïgorry", kind = "Commune", region = "NouvelleAquitaine", carrierKind = "Collectivite" }, 201)).Id();
            await coordinator.PostAsync($"/api/cohorts/{cohort}/territories", new { territoryId = territory }, 201);
        }
        // As a database upgraded by the migration leaves them: the folded columns empty.
        await using (var db = await AppDatabase.OpenAsync(database))
        {
            await db.ExecuteAsync("UPDATE \"People\" SET \"SearchText\" = ''; UPDATE \"Participations\" SET \"TerritorySearch\" = '';");
        }

        await using var second = new ParcoursApp(folder);
        using var again = await second.LoginAsync("coordination@tests.parcours", ParcoursApp.Password);
        var found = (await again.GetAsync($"/api/people?search={Uri.EscapeDataString(last.ToUpperInvariant().Replace("É", "E", StringComparison.Ordinal))}", 200))
            .GetProperty("items").EnumerateArray().Select(p => p.Id()).ToList();
        Assert.Equal([person], found);
        var territories = (await again.GetAsync($"/api/cohorts/{cohort}/territories?search=saint%20etienne%20BAIGORRY", 200)).GetProperty("items").EnumerateArray();
        Assert.Equal([territory], territories.Select(t => t.GetProperty("territory").Id()));
        Assert.Empty((await again.GetAsync($"/api/cohorts/{cohort}/territories?search=bayonne", 200)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task ACohortsTerritories_AreListedInFrenchOrder()
    {
        await using var app = new ParcoursApp();
        using var admin = await app.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        await admin.PostAsync("/api/admin/accounts", new { email = "ordre@tests.parcours", password = ParcoursApp.Password, roles = new[] { "Coordinator" } }, 201);
        using var coordinator = await app.LoginAsync("ordre@tests.parcours", ParcoursApp.Password);
        Assert.Equal(["dijon", "Écully", "Fontaine", "Zèbre-sur-Mer"], await FrenchOrderAsync(coordinator));
    }

    /// <summary>Four territories whose names a byte order would sort wrong (« Écully » after « Zèbre »), listed in French order.</summary>
    internal static async Task<List<string>> FrenchOrderAsync(HttpClient coordinator)
    {
        var s = await new Scenario(coordinator).CohortAsync("Promotion de l'ordre alphabétique");
        foreach (var name in new[] { "Zèbre-sur-Mer", "Écully", "dijon", "Fontaine" })
        {
            var territory = await coordinator.PostAsync("/api/territories", new { name, kind = "Commune", region = "AuvergneRhoneAlpes", carrierKind = "Collectivite" }, 201);
            await coordinator.PostAsync($"/api/cohorts/{s.CohortId}/territories", new { territoryId = territory.Id() }, 201);
        }
        return [.. (await coordinator.GetAsync($"/api/cohorts/{s.CohortId}/territories?pageSize=100", 200)).GetProperty("items").EnumerateArray()
            .Select(t => t.GetProperty("territory").Str("name"))];
    }
}
