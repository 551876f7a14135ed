using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>A participant answers a session's questionnaire in the browser; the coordination reads the results.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionFeedbackPagesTests(BrowserFixture web)
{
    [Fact]
    public async Task AParticipant_AnswersAnonymously_MistakesSaidBesideTheQuestions_AndTheCoordinationReadsIt()
    {
        using var coordinator = await web.ApiAsync(BrowserFixture.Coordinator);
        var s = await new Scenario(coordinator).CohortAsync("Promotion des avis", DateTime.UtcNow.Year + 1);
        var cohort = s.CohortId;
        var territory = await s.TerritoryAsync(status: "Accepted");
        var first = await s.PersonAsync("Soazig", "Le Bihan");
        var second = await s.PersonAsync("Erwan", "Tanguy");
        await Http.PostAsync(coordinator, $"/api/cohorts/{cohort}/pairs", new { territoryId = territory, memberIds = new[] { first, second }, fromDate = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd") }, 201);
        var session = (await Http.GetAsync(coordinator, $"/api/cohorts/{cohort}/sessions", 200))[0].Id();
        await Http.PutAsync(coordinator, $"/api/sessions/{session}/schedule", new { startsAt = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd") + "T09:30:00", durationMinutes = 360, outsidePhaseReason = "Séance de test" }, 200);
        await Http.PutAsync(coordinator, $"/api/sessions/{session}/attendance", new { entries = new[] { new { personId = first, status = "Present" } } }, 200);
        var email = await web.AccountForAsync(first, $"avis-{Guid.NewGuid():N}@tests.parcours");

        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, email);
        await page.GotoAsync($"/sessions/{session}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Donner mon avis sur la session" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Votre avis est attendu jusqu'au");
        await page.GetByLabel("Ce que vous en retenez").FillAsync("Le co-développement entre pairs.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon avis" }).ClickAsync();
        await Expect(page.Locator("#ContentScore-erreur")).ToContainTextAsync("La note du contenu va de 1 à 5.");
        await Expect(page.GetByLabel("Ce que vous en retenez")).ToHaveValueAsync("Le co-développement entre pairs."); // nothing typed is lost

        foreach (var (legend, score) in new[] { ("Le contenu", "4"), ("L'atelier appliqué", "5"), ("La rencontre inspirante", "3") })
        {
            await page.GetByRole(AriaRole.Group, new() { Name = legend }).GetByLabel(score, new() { Exact = true }).CheckAsync();
        }
        await page.GetByLabel("Répondre anonymement").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon avis" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "sans votre nom");
        await page.GotoAsync($"/sessions/{session}/avis");
        await Expect(page.Locator("main")).ToContainTextAsync("Vous avez répondu");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon avis" })).ToHaveCountAsync(0);

        await using var coordination = await web.NewContextAsync();
        var results = await web.SignInAsync(coordination, BrowserFixture.Coordinator);
        await results.GotoAsync($"/promotions/{cohort}/seances/{session}");
        await results.GetByRole(AriaRole.Link, new() { Name = "Retours des participants" }).ClickAsync();
        await Expect(results.Locator("main")).ToContainTextAsync("1 réponse sur 1 présent");
        await Expect(results.Locator("main")).ToContainTextAsync("Le co-développement entre pairs.");
        await Expect(results.Locator("main")).ToContainTextAsync("Réponse anonyme");
        await Expect(results.Locator("main")).Not.ToContainTextAsync("Soazig");
    }
}
