using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>A coordinator prepares the next edition of the pilot from the list of cohorts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NextEditionPageTests(BrowserFixture web)
{
    [Fact]
    public async Task TheCoordination_PreparesTheNextEdition_InOneForm_WithMistakesSaidBesideTheirFields()
    {
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Coordinator);
        await page.GotoAsync("/promotions");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Préparer l'édition suivante de {BrowserFixture.DemoCohortTitle}" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Préparer l'édition suivante");
        await Expect(page.GetByLabel("Date de début")).ToHaveValueAsync("2018-07-01");

        var title = page.GetByLabel("Intitulé de la nouvelle promotion");
        await title.FillAsync(" ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'édition suivante" }).ClickAsync();
        await Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#erreurs")).ToBeVisibleAsync();

        var name = $"Promotion navigateur {Guid.NewGuid():N}"[..32];
        await title.FillAsync(name);
        await page.GetByLabel("Date de début").FillAsync("2019-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'édition suivante" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"Promotion « {name} » créée à partir de « {BrowserFixture.DemoCohortTitle} »");
        await Expect(page.Locator("h1")).ToContainTextAsync(name);
        await page.GotoAsync(page.Url.Split('?')[0] + "/seances");
        await Expect(page.Locator("main")).ToContainTextAsync("Comprendre");
    }
}
