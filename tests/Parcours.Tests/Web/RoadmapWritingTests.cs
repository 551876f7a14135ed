using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>Both members of a binôme write the roadmap from their own browsers; nothing typed is ever lost.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RoadmapWritingTests(BrowserFixture web)
{
    private async Task<string> SectionTextAsync(BrowserFixture.Binome b, string key)
    {
        using var api = await web.ApiAsync(b.First);
        var roadmap = await Http.GetAsync(api, $"/api/cohorts/{b.Cohort}/territories/{b.Territory}/roadmap", 200);
        return roadmap.GetProperty("sections").EnumerateArray().First(s => s.Str("key") == key).Str("text");
    }

    [Fact]
    public async Task BothMembersWriteTheSameSection_TheSecondSeesBothTextsSideBySide_MergesAndLosesNothing()
    {
        var b = await web.TakeBinomeAsync();
        await using var first = await web.NewContextAsync();
        await using var second = await web.NewContextAsync();
        var a = await web.SignInAsync(first, b.First);
        var c = await web.SignInAsync(second, b.Second);
        await a.GotoAsync($"{b.RoadmapUrl}/sections/objectifs");
        await c.GotoAsync($"{b.RoadmapUrl}/sections/objectifs");

        await a.GetByLabel("Texte de la section").FillAsync("Objectif A : réunir vingt entreprises d'ici juin.");
        await c.GetByLabel("Texte de la section").FillAsync("Objectif B : créer un fonds local de co-investissement.");
        await a.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la section" }).ClickAsync();
        await Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("enregistrée");

        await c.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la section" }).ClickAsync();
        await Expect(c.Locator("#conflit")).ToContainTextAsync("Cette section a été modifiée pendant que vous écriviez");
        await Expect(c.Locator("#conflit")).ToContainTextAsync(b.First);
        var mine = c.GetByLabel("Votre texte (pas encore enregistré)");
        await Expect(mine).ToHaveValueAsync("Objectif B : créer un fonds local de co-investissement.");
        await Expect(c.Locator(".cote-a-cote .texte")).ToContainTextAsync("Objectif A : réunir vingt entreprises d'ici juin.");
        // The conflict page too passes a tool we did not write.
        var violations = (await c.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Equal("Objectif A : réunir vingt entreprises d'ici juin.", await SectionTextAsync(b, "objectifs"));

        await mine.FillAsync("Objectif A : réunir vingt entreprises d'ici juin.\nObjectif B : créer un fonds local de co-investissement.");
        await c.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon texte fusionné" }).ClickAsync();
        await Expect(c.GetByRole(AriaRole.Status)).ToContainTextAsync("enregistrée");
        Assert.Equal("Objectif A : réunir vingt entreprises d'ici juin.\nObjectif B : créer un fonds local de co-investissement.",
            (await SectionTextAsync(b, "objectifs")).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task BothMembersWriteDifferentSectionsAtOnce_BothAreSaved_WithoutAConflict()
    {
        var b = await web.TakeBinomeAsync();
        await using var first = await web.NewContextAsync();
        await using var second = await web.NewContextAsync();
        var a = await web.SignInAsync(first, b.First);
        var c = await web.SignInAsync(second, b.Second);
        await a.GotoAsync($"{b.RoadmapUrl}/sections/enjeux");
        await c.GotoAsync($"{b.RoadmapUrl}/sections/freins");
        await a.GetByLabel("Texte de la section").FillAsync("Enjeux écrits par le premier membre.");
        await c.GetByLabel("Texte de la section").FillAsync("Freins écrits par le second membre.");
        await a.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la section" }).ClickAsync();
        await Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("enregistrée");
        await c.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la section" }).ClickAsync();
        await Expect(c.GetByRole(AriaRole.Status)).ToContainTextAsync("enregistrée");
        Assert.Equal("Enjeux écrits par le premier membre.", await SectionTextAsync(b, "enjeux"));
        Assert.Equal("Freins écrits par le second membre.", await SectionTextAsync(b, "freins"));
    }

    [Fact]
    public async Task SessionExpiredWhileTyping_TheTypedTextComesBackAfterSigningInAgain()
    {
        var b = await web.TakeBinomeAsync();
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, b.First);
        await page.GotoAsync($"{b.RoadmapUrl}/sections/evaluation");
        await page.GetByLabel("Texte de la section").FillAsync("Texte long, tapé pendant une heure : évaluer d'abord les liens créés.");
        await context.ClearCookiesAsync(new() { Name = "parcours" }); // the session cookie is gone, as after it expired

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la section" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Votre session a expiré");
        await page.GetByLabel("Adresse e-mail").FillAsync(b.First);
        await page.GetByLabel("Mot de passe").FillAsync(BrowserFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Reprendre votre saisie");
        var resumeViolations = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(resumeViolations.Count == 0, string.Join("\n", resumeViolations));
        await Expect(page.Locator("main")).ToContainTextAsync("évaluer d'abord les liens créés");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma saisie" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("enregistrée");
        Assert.Equal("Texte long, tapé pendant une heure : évaluer d'abord les liens créés.", await SectionTextAsync(b, "evaluation"));
    }

    [Fact]
    public async Task WithoutJavaScript_SignInSaveASectionAndSubmit_AllWork()
    {
        var b = await web.TakeBinomeAsync();
        await using var context = await web.NewContextAsync(javaScript: false);
        var page = await web.SignInAsync(context, b.Second);
        await page.GotoAsync(b.RoadmapUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier la section « Objectifs »" }).ClickAsync();
        await page.GetByLabel("Texte de la section").FillAsync("Objectifs écrits sans JavaScript.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la section" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Section « Objectifs » enregistrée");

        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier les actions" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une ligne" }).ClickAsync();
        var n = await page.Locator("tbody tr").CountAsync();
        await page.GetByLabel($"Partenaires de l'action {n}", new() { Exact = true }).FillAsync("Mission locale");
        await page.GetByLabel($"Échéance de l'action {n}", new() { Exact = true }).FillAsync("2018-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les actions" }).ClickAsync();
        // An action without a title is explained beside its field, and what was typed is still there.
        await Expect(page.Locator("#erreurs")).ToContainTextAsync("Chaque action a un intitulé");
        await Expect(page.GetByLabel($"Partenaires de l'action {n}", new() { Exact = true })).ToHaveValueAsync("Mission locale");
        await Expect(page.GetByLabel($"Intitulé de l'action {n}", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByLabel($"Intitulé de l'action {n}", new() { Exact = true }).FillAsync("Action sans JavaScript");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les actions" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Actions enregistrées");

        await page.GetByRole(AriaRole.Link, new() { Name = "Soumettre pour relecture" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Soumettre la version") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Feuille de route soumise pour relecture");
        using var api = await web.ApiAsync(b.First);
        var roadmap = await Http.GetAsync(api, $"/api/cohorts/{b.Cohort}/territories/{b.Territory}/roadmap", 200);
        Assert.Equal("Submitted", roadmap.Str("status"));
        Assert.Contains("Action sans JavaScript", roadmap.GetProperty("actions").GetRawText());
    }

    [Fact]
    public async Task SigningOut_EndsTheSession_EvenForACopyOfItsCookie()
    {
        var b = await web.TakeBinomeAsync();
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, b.First);
        var copied = await context.CookiesAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Connexion");

        await using var thief = await web.NewContextAsync();
        await thief.AddCookiesAsync(copied.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        var stolen = await thief.NewPageAsync();
        await stolen.GotoAsync(b.RoadmapUrl);
        await Expect(stolen.Locator("h1")).ToHaveTextAsync("Connexion");
    }
}
