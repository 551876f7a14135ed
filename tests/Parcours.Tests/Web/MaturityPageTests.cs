using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>A binôme places its co-construction at the start and at the end of the path, in the browser, without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MaturityPageTests(BrowserFixture web)
{
    [Fact]
    public async Task TheBinome_PlacesItsTerritory_AndAnswersTheQuestionsOfTheStageReached()
    {
        var b = await web.NewBinomeAsync();
        await using var context = await web.NewContextAsync(javaScript: false);
        var page = await web.SignInAsync(context, b.First);
        await page.GotoAsync(b.RoadmapUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Maturité de notre co-construction" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(b.TerritoryName);

        await page.GetByLabel("Stade au début du parcours").SelectOptionAsync("Emergence");
        await page.GetByLabel("Qu'est-ce qui vous fait dire que votre co-construction en est là ?").FillAsync("Des acteurs se rencontrent autour d'un tiers-lieu.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le stade de début" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Stade de début enregistré.");
        await Expect(page.Locator("#debut-titre")).ToContainTextAsync("Émergence");

        await page.GetByLabel("Stade atteint à la fin du parcours").SelectOptionAsync("Structuration");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher les questions de ce stade" }).ClickAsync();
        await page.GetByLabel("Quelle gouvernance s'est mise en place entre les partenaires ?").FillAsync("Un comité local qui se réunit chaque mois.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le stade de fin et les réponses" }).ClickAsync();
        await Expect(page.Locator("#erreurs")).ToContainTextAsync("Quelles ressources (humaines, financières, matérielles) sont engagées ?");
        await Expect(page.GetByLabel("Quelle gouvernance s'est mise en place entre les partenaires ?")).ToHaveValueAsync("Un comité local qui se réunit chaque mois.");

        await page.GetByLabel("Quelles ressources (humaines, financières, matérielles) sont engagées ?").FillAsync("Un mi-temps mis à disposition par la mairie.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le stade de fin et les réponses" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Stade de fin et réponses enregistrés.");
        await Expect(page.Locator("#fin-titre")).ToContainTextAsync("Structuration");
        await Expect(page.GetByLabel("Quelles ressources (humaines, financières, matérielles) sont engagées ?")).ToHaveValueAsync("Un mi-temps mis à disposition par la mairie.");
    }
}
