using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>
/// The resource library in the browser: the coordination adds a document as a session's support (mistakes said
/// beside their fields), opens it wider, takes it out; a catalyst searches without accents, reads, downloads, and
/// finds the supports on the session's page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResourceLibraryPagesTests(BrowserFixture web)
{
    [Fact]
    public async Task TheCoordination_AddsADocumentAsASessionsSupport_ChangesWhoReadsIt_AndTakesItOut()
    {
        using var api = await web.ApiAsync(BrowserFixture.Coordinator);
        var cohort = await BrowserFixture.DemoCohortAsync(api);
        var title = $"Support navigateur {Guid.NewGuid():N}"[..30];
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Coordinator);
        await page.GotoAsync($"/promotions/{cohort}");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu de la promotion" }).GetByRole(AriaRole.Link, new() { Name = "Ressources" }).ClickAsync();
        await Expect(page.Locator("main table")).ToContainTextAsync("S1 — Grille de revue des actions de co-construction");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter un lien ou un document" }).ClickAsync();

        // Nothing typed: each mistake beside its field, and nothing added.
        await page.Locator("main form").EvaluateAsync("f => f.noValidate = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter au centre de ressources" }).ClickAsync();
        await Expect(page.Locator("#erreurs")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Titre")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Catégorie M.E.D.O.C.")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Lien (adresse web)")).ToHaveAttributeAsync("aria-invalid", "true");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));

        await page.GetByLabel("Titre").FillAsync(title);
        await page.GetByLabel("Description").FillAsync("La trame d'animation de l'atelier, page par page.");
        await page.GetByLabel("Catégorie M.E.D.O.C.").SelectOptionAsync(new SelectOptionValue { Label = "Outils" });
        await page.GetByLabel("Support de la séance").SelectOptionAsync(new SelectOptionValue { Label = "S2 — Mettre en œuvre" });
        await page.GetByLabel("Tiers-lieux et dialogue territorial").CheckAsync();
        await page.GetByLabel("Fichier").SetInputFilesAsync(new FilePayload
        {
            Name = "trame-atelier.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes("Trame de l'atelier S2 : accueil, revue, co-développement."),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter au centre de ressources" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"« {title} » ajoutée au centre de ressources.");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Supports de la séance S2");
        await Expect(page.Locator("main table")).ToContainTextAsync(title);
        await Expect(page.Locator("main table")).ToContainTextAsync("La promotion");

        // Opened to everyone: an account that takes part in no cohort reads it.
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.GetByLabel("Qui peut la lire").SelectOptionAsync(new SelectOptionValue { Label = "Toute personne ayant un compte Parcours" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"« {title} » enregistrée.");
        using var admin = await web.ApiAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        var found = await Http.GetAsync(admin, $"/api/resources?q={Uri.EscapeDataString(title)}", 200);
        var id = Assert.Single(found.GetProperty("items").EnumerateArray()).Id();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Retirer « {title} »" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"« {title} » retirée du centre de ressources.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
        await Http.ExpectProblemAsync(await admin.GetAsync($"/api/resources/{id}"), 404);
    }

    [Fact]
    public async Task ACatalyst_SearchesWithoutAccents_ReadsAndDownloads_AndFindsTheSupportsOnTheSessionPage()
    {
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Catalyst);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Ressources" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Centre de ressources");

        await page.GetByLabel("Mots du titre, de la description ou du nom du fichier").FillAsync("TIERS lieux dialogue");
        await page.GetByLabel("Catégorie M.E.D.O.C.").SelectOptionAsync("Exemples");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
        var name = "S3 — Tiers-lieux et dialogue territorial : dossier d'approfondissement";
        // The next edition keeps a copy, open to its own cohort only: this catalyst reads the pilot's.
        await Expect(page.Locator("main table tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Expect(page.Locator("main")).ToContainTextAsync("Tiers-lieux et dialogue territorial");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger « s3-tiers-lieux.txt »" }).ClickAsync());
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Le thème choisi par la promotion", text);

        // A value the search does not know is said beside its field, in French.
        await page.GotoAsync("/ressources?categorie=Inconnue");
        await Expect(page.GetByLabel("Catégorie M.E.D.O.C.")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("main")).ToContainTextAsync("n'est pas une valeur valide");

        // The session's page lists its supports.
        var (cohort, _, _, _) = await web.CatalystPairAsync();
        await page.GotoAsync($"/parcours/{cohort}");
        await page.GetByRole(AriaRole.Link, new() { Name = "S3 — Approfondir" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Supports de la séance" })).ToBeVisibleAsync();
        await Expect(page.Locator("main table")).ToContainTextAsync("S3 — Trame de la feuille de route");
    }
}
