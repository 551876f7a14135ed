using System.Net.Http.Json;
using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>The demo catalyst, in a real browser, does what the catalyst's space promises.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalystJourneyTests(BrowserFixture web)
{
    [Fact]
    public async Task DemoCatalyst_FilesTheRoadmap_FromLoginToSubmittedVersionAndPdf()
    {
        var (cohort, territory, _, _) = await web.CatalystPairAsync();
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Catalyst);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Mon espace");
        await Expect(page.Locator("main")).ToContainTextAsync("Territoire : ");

        await page.GetByRole(AriaRole.Link, new() { Name = "Ouvrir la feuille de route" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Feuille de route — ");
        await Expect(page.Locator("main")).ToContainTextAsync("Validée");

        // A section, saved.
        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier la section « Freins rencontrés »" }).ClickAsync();
        // What the section expects is the field's own description, read by screen readers with it.
        await Expect(page.GetByLabel("Texte de la section")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("obstacles rencontrés"));
        await page.GetByLabel("Texte de la section").FillAsync("Les élus manquent de temps.\nLes financements restent cloisonnés : un guichet commun est à l'étude.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la section" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Section « Freins rencontrés » enregistrée");
        await Expect(page.Locator("#section-freins")).ToContainTextAsync("un guichet commun est à l'étude");
        await Expect(page.Locator("#etat")).ToContainTextAsync("Brouillon");

        // An action row added, filled and saved.
        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier les actions" }).ClickAsync();
        var rowsBefore = await page.Locator("tbody tr").CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une ligne" }).ClickAsync();
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(rowsBefore + 1);
        var n = rowsBefore + 1;
        await page.GetByLabel($"Intitulé de l'action {n}", new() { Exact = true }).FillAsync("Ouvrir un guichet commun des financeurs");
        await page.GetByLabel($"Partenaires de l'action {n}", new() { Exact = true }).FillAsync("Département, CAF, fondation territoriale");
        await page.GetByLabel($"Échéance de l'action {n}", new() { Exact = true }).FillAsync("2019-03-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les actions" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Actions enregistrées");
        await Expect(page.Locator("#actions + * table, table").Last).ToContainTextAsync("Ouvrir un guichet commun des financeurs");

        // The coordination comments; the catalyst answers.
        using (var coordinator = await web.ApiAsync(BrowserFixture.Coordinator))
        {
            await coordinator.PostAsync($"/api/cohorts/{cohort}/territories/{territory}/roadmap/comments",
                new { sectionKey = "freins", text = "Qui porterait le guichet commun ?" }, 201);
        }
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Commentaires (" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Qui porterait le guichet commun ?");
        var answer = page.GetByLabel("Répondre à coordination@parcours.demo").Last;
        await answer.FillAsync("Le département, avec la CAF.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier la réponse à coordination@parcours.demo" }).Last.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre réponse est publiée");
        await Expect(page.Locator("main")).ToContainTextAsync("Le département, avec la CAF.");

        // Submitted for review.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Feuille de route" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Soumettre pour relecture" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Soumettre la version") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Feuille de route soumise pour relecture (version soumise n° 2)");
        await Expect(page.Locator("#etat")).ToContainTextAsync("Soumise");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Soumettre pour relecture" })).ToHaveCountAsync(0);

        // Versions compared: what was added shows as added.
        await page.GetByRole(AriaRole.Link, new() { Name = "Versions (2)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Comparer" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ce qui a changé de la version 1 à la version 2");
        await Expect(page.Locator("ins").Filter(new() { HasText = "un guichet commun est à l'étude" })).ToHaveCountAsync(1);
        await Expect(page.Locator("del").Filter(new() { HasText = "cloisonnement des financements" })).ToHaveCountAsync(1);

        // The PDF of version 2, read back.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Versions de la feuille de route" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF de la version 2" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        var text = string.Join("\n", await Pdf.TextAsync(pdf));
        Assert.Contains("un guichet commun", text);
        Assert.Contains("Ouvrir un guichet", text); // the table wraps the rest of the title in its column
    }

    [Fact]
    public async Task DemoCatalyst_FollowsThePath_SendsAnApology_SeesTheVote_SubscribesToTheCalendar_ReadsSharedFollowUp()
    {
        var (cohort, territory, _, _) = await web.CatalystPairAsync();
        Guid s4;
        using (var coordinator = await web.ApiAsync(BrowserFixture.Coordinator))
        {
            var sessions = await Http.GetAsync(coordinator, $"/api/cohorts/{cohort}/sessions", 200);
            s4 = sessions.EnumerateArray().First(s => s.GetProperty("number").GetInt32() == 4).Id();
            var next = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd'T'09:30:00", System.Globalization.CultureInfo.InvariantCulture);
            await coordinator.PutAsync($"/api/sessions/{s4}/schedule", new { startsAt = next, durationMinutes = 360, outsidePhaseReason = "Session de clôture reportée" }, 200);
            await coordinator.PostAsync($"/api/cohorts/{cohort}/follow-ups", new
            {
                territoryId = territory, date = "2018-10-02", kind = "EntretienTelephonique", notes = "Point partagé : prochain comité local en janvier.",
                visibility = "SharedWithPair", participants = Array.Empty<string>(), nextSteps = Array.Empty<object>(),
            }, 201);
            await coordinator.PostAsync($"/api/cohorts/{cohort}/follow-ups", new
            {
                territoryId = territory, date = "2018-10-03", kind = "Rencontre", notes = "Note interne : tension entre les deux membres du binôme.",
                visibility = "Internal", participants = Array.Empty<string>(), nextSteps = Array.Empty<object>(),
            }, 201);
        }
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Catalyst);

        // Mon espace knows the next session; the apology is sent from it.
        await Expect(page.Locator("main")).ToContainTextAsync("S4 — Mettre en perspective");
        await page.GetByRole(AriaRole.Link, new() { Name = "Prévenir de mon absence" }).ClickAsync();
        await page.GetByLabel("Message à la coordination").FillAsync("Conseil municipal ce jour-là ; ma binôme sera présente.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon excuse" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre absence est signalée");
        using (var coordinator = await web.ApiAsync(BrowserFixture.Coordinator))
        {
            var sheet = await Http.GetAsync(coordinator, $"/api/sessions/{s4}/attendance", 200);
            Assert.Contains("Conseil municipal ce jour-là", sheet.GetRawText());
        }

        // The path: phases and sessions, a session's page.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Le parcours" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Le parcours");
        await Expect(page.Locator("main")).ToContainTextAsync("Phase Réalisation");
        await page.GetByRole(AriaRole.Link, new() { Name = "S1 — Comprendre" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("3 mai 2018");
        await Expect(page.Locator("main")).ToContainTextAsync("Apport théorique");

        // The vote of the pilot is decided: the result is shown.
        await page.GotoAsync($"/parcours/{cohort}/vote");
        await Expect(page.Locator("main")).ToContainTextAsync("Thème retenu pour S3");

        // The calendar: a private address that a calendar application can read.
        await page.GetByRole(AriaRole.Link, new() { Name = "Agenda", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon adresse d'abonnement" }).ClickAsync();
        var address = await page.GetByLabel("Adresse d'abonnement (personnelle, ne la partagez pas)").InputValueAsync();
        Assert.StartsWith("http://parcours.test/api/calendar/", address);
        using (var calendarApp = new HttpClient { BaseAddress = new Uri(web.BaseUrl) })
        {
            var ics = await calendarApp.GetStringAsync(new Uri(address).PathAndQuery);
            Assert.Contains("BEGIN:VCALENDAR", ics);
            Assert.Contains("S4", ics);
        }

        // Follow-up: what is shared with the binôme, never the internal note.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Suivi" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("prochain comité local en janvier");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("tension entre les deux membres");

        // Notification preferences, saved.
        await page.GotoAsync("/notifications");
        await page.GetByRole(AriaRole.Link, new() { Name = "Choisir comment être prévenu·e" }).ClickAsync();
        await page.GetByLabel("Par e-mail : Sessions collectives").UncheckAsync();
        await page.GetByLabel("Fréquence des e-mails : Prochaines étapes").SelectOptionAsync(new SelectOptionValue { Label = "Un résumé le lundi matin (7 h)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes préférences" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Vos préférences sont enregistrées");
        await Expect(page.GetByLabel("Fréquence des e-mails : Prochaines étapes")).ToHaveValueAsync("Weekly");
        // A tampered form (a frequency the page does not offer): a French message linked to the field, nothing saved.
        await page.EvaluateAsync("() => { const o = document.querySelector('select[name=\"Digest[NextSteps]\"] option:checked'); o.value = 'Hourly'; }");
        await page.GetByLabel("Par e-mail : Sessions collectives").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes préférences" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Le formulaire contient une erreur");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("« Hourly » n'est pas une valeur valide ici.");
        var link = page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link);
        var target = (await link.GetAttributeAsync("href"))!;
        await Expect(page.GetByLabel("Fréquence des e-mails : Prochaines étapes")).ToHaveAttributeAsync("id", target.TrimStart('#'));
        using var catalyst = await web.ApiAsync(BrowserFixture.Catalyst);
        var preferences = await Http.GetAsync(catalyst, "/api/me/notification-preferences", 200);
        var sessionsPreference = preferences.EnumerateArray().First(p => p.Str("kind") == "Sessions");
        Assert.False(sessionsPreference.GetProperty("email").GetBoolean());
        Assert.True(sessionsPreference.GetProperty("inApp").GetBoolean());
        Assert.Equal("Weekly", preferences.EnumerateArray().First(p => p.Str("kind") == "NextSteps").Str("digest"));
        Assert.Equal("Immediate", sessionsPreference.Str("digest"));
    }

    [Fact]
    public async Task AnotherTerritorysRoadmap_IsIntrouvable_ExactlyLikeAnAddressThatDoesNotExist()
    {
        var other = await web.TakeBinomeAsync();
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Catalyst);

        var unknown = await page.GotoAsync($"/feuilles-de-route/{other.Cohort}/{Guid.NewGuid()}");
        var unknownText = await page.Locator("main").InnerTextAsync();
        foreach (var path in new[] { other.RoadmapUrl, $"{other.RoadmapUrl}/sections/enjeux", $"{other.RoadmapUrl}/versions", $"{other.RoadmapUrl}/pdf", $"{other.RoadmapUrl}/actions" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            Assert.Equal(unknown!.Status, response.Status);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Page introuvable");
            Assert.Equal(unknownText, await page.Locator("main").InnerTextAsync());
            Assert.DoesNotContain(other.TerritoryName, await page.ContentAsync());
        }
        // Writing to it by a forged form is refused the same way, and changes nothing.
        using var api = await web.ApiAsync(other.First);
        var before = await Http.GetAsync(api, $"/api/cohorts/{other.Cohort}/territories/{other.Territory}/roadmap", 200);
        var token = await page.GotoAsync("/agenda").ContinueWith(_ => page.Locator("input[name=__jeton]").First.InputValueAsync()).Unwrap();
        var forged = await page.APIRequest.PostAsync($"{other.RoadmapUrl}/sections/enjeux", new()
        {
            Form = context.APIRequest.CreateFormData().Set("__jeton", token).Set("Text", "Écrit par un autre territoire").Set("Version", before.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        });
        Assert.Equal(404, forged.Status);
        var after = await Http.GetAsync(api, $"/api/cohorts/{other.Cohort}/territories/{other.Territory}/roadmap", 200);
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
    }
}
