using System.IO.Compression;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>The administrator answers RGPD requests in the browser; a catalyst downloads their own data; the coordination reads a territory's history.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PersonalDataPagesTests(BrowserFixture web)
{
    private static async Task<List<string>> ZipEntriesAsync(IDownload download)
    {
        using var zip = new ZipArchive(File.OpenRead((await download.PathAsync())!));
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    [Fact]
    public async Task TheAdministrator_DownloadsAPersonsData_ThenErasesThem_AfterAConfirmationSaidInFrench()
    {
        var last = "Quémeneur" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(5).ToArray());
        using (var coordinator = await web.ApiAsync(BrowserFixture.Coordinator))
        {
            await Http.ExpectAsync(await coordinator.PostAsJsonAsync("/api/people", new { firstName = "Gwenola", lastName = last, email = $"{last}@personnes.test" }), 201);
        }
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        await page.GotoAsync("/administration/comptes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Personnes et données personnelles (RGPD)" }).ClickAsync();
        await page.GetByLabel("Nom, prénom ou e-mail").FillAsync(last);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.Locator("#liste")).ToHaveTextAsync("1 personne");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = $"Télécharger ses données — Gwenola {last}" }).ClickAsync());
        Assert.Contains("LISEZ-MOI.txt", await ZipEntriesAsync(download));
        Assert.Contains("presences.json", await ZipEntriesAsync(download));

        await page.GetByRole(AriaRole.Link, new() { Name = $"Supprimer… Gwenola {last}" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Supprimer Gwenola {last}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer définitivement" }).ClickAsync();
        var box = page.GetByLabel($"Je confirme la suppression définitive de Gwenola {last}");
        await Expect(box).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#Confirm-erreur")).ToContainTextAsync("Cochez la case pour confirmer");
        await box.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer définitivement" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"Gwenola {last} est supprimée : elle apparaît désormais comme « Personne supprimée n°");

        // Gone from the directory; the trail says who erased whom, by pseudonym.
        await page.GetByLabel("Nom, prénom ou e-mail").FillAsync(last);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.Locator("#liste")).ToHaveTextAsync("0 personne");
        await page.GotoAsync("/administration/journal?operation=ErasePerson");
        await Expect(page.Locator("main table")).ToContainTextAsync(ParcoursApp.AdminEmail);
        await Expect(page.Locator("main table")).ToContainTextAsync("Personne");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(last);
    }

    [Fact]
    public async Task ACatalyst_DownloadsTheirOwnData_FromTheirSpace()
    {
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Catalyst);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mes données personnelles" })).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger mes données" }).ClickAsync());
        var entries = await ZipEntriesAsync(download);
        Assert.Contains("identite.json", entries);
        Assert.Contains("binomes.json", entries);
    }

    [Fact]
    public async Task TheCoordination_ReadsATerritorysHistory_FromItsPage()
    {
        var b = await web.NewBinomeAsync();
        using (var coordinator = await web.ApiAsync(BrowserFixture.Coordinator))
        {
            await Http.PostAsync(coordinator, $"/api/cohorts/{b.Cohort}/follow-ups", new
            {
                territoryId = b.Territory, date = "2018-06-12", kind = "Rencontre", visibility = "Internal", notes = "Confidentiel : tension au conseil.",
                durationMinutes = 30, participants = Array.Empty<string>(), nextSteps = Array.Empty<object>(),
            }, 201);
        }
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Coordinator);
        await page.GotoAsync($"/promotions/{b.Cohort}/territoires/{b.Territory}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Historique du territoire" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Historique");
        var table = page.Locator("main table");
        await Expect(table).ToContainTextAsync("Note de suivi");
        await Expect(table).ToContainTextAsync("visibilité : interne");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("tension au conseil");
        await page.GetByRole(AriaRole.Link, new() { Name = "← Retour" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(b.TerritoryName);
    }
}
