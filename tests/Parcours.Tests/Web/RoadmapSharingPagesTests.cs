using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>A binôme shares its validated roadmap in the browser; a peer finds it by theme and reads it; withdrawn, it is gone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RoadmapSharingPagesTests(BrowserFixture web)
{
    [Fact]
    public async Task ABinome_SharesItsRoadmap_APeerFindsAndReadsIt_AndWithdrawingHidesItAtOnce()
    {
        var b = await web.NewBinomeAsync();
        var api = $"/api/cohorts/{b.Cohort}/territories/{b.Territory}/roadmap";
        var text = $"Un tiers-lieu partagé {Guid.NewGuid():N}"[..40];
        using (var author = await web.ApiAsync(b.First))
        {
            await Http.PutAsync(author, $"{api}/sections/enjeux", new { text, version = 0 }, 200);
            await Http.PostAsync(author, $"{api}/submit", new { version = 1 }, 200);
        }
        using (var coordinator = await web.ApiAsync(BrowserFixture.Coordinator))
        {
            await Http.PostAsync(coordinator, $"{api}/validate", new { }, 200);
        }

        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, b.First);
        await page.GotoAsync(b.RoadmapUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Partage avec les autres territoires" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Partager", Exact = true }).ClickAsync();
        await Expect(page.Locator("#themes-erreur")).ToContainTextAsync("Choisissez au moins un thème");
        await page.GetByLabel("Tiers-lieux et dialogue territorial").CheckAsync();
        await Expect(page.GetByLabel("Les autres territoires de ma promotion")).ToBeCheckedAsync(); // the narrower choice by default
        await page.GetByRole(AriaRole.Button, new() { Name = "Partager", Exact = true }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Feuille de route partagée avec les autres territoires de la promotion.");

        await using var peerContext = await web.NewContextAsync();
        var peer = await web.SignInAsync(peerContext, BrowserFixture.Catalyst);
        await peer.GotoAsync($"/parcours/{b.Cohort}/pairs");
        await peer.GetByLabel("Thème du programme").SelectOptionAsync("TiersLieux");
        await peer.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await peer.GetByRole(AriaRole.Link, new() { Name = b.TerritoryName }).ClickAsync();
        await Expect(peer.Locator("main")).ToContainTextAsync(text);

        // Widened to the whole programme, then withdrawn.
        await page.GetByLabel("Les territoires de toutes les promotions du programme").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Feuille de route partagée avec les territoires de toutes les promotions du programme.");
        await Expect(page.Locator(".message--info")).ToContainTextAsync("avec les territoires de toutes les promotions du programme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer le partage" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Partage retiré");
        await peer.ReloadAsync();
        await Expect(peer.Locator("main")).ToContainTextAsync("introuvable");
        await peer.GotoAsync($"/parcours/{b.Cohort}/pairs");
        await Expect(peer.GetByRole(AriaRole.Link, new() { Name = b.TerritoryName })).ToHaveCountAsync(0);
    }
}
