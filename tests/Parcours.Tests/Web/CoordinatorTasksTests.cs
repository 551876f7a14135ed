using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>
/// The coordination's daily tasks on the pilot's cohort, in a browser: the dashboard (its figures
/// equal the API's), roadmaps reviewed, the follow-up, reminders and committees.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CoordinatorTasksTests(BrowserFixture web)
{
    private async Task<(IBrowserContext Context, IPage Page, HttpClient Api, Guid Cohort)> CoordinatorAsync()
    {
        var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Coordinator);
        var api = await web.ApiAsync(BrowserFixture.Coordinator);
        return (context, page, api, await BrowserFixture.DemoCohortAsync(api));
    }

    [Fact]
    public async Task Dashboard_ShowsTheCohortAsTheApiCountsIt_AndFiltersSortsSearchesAndExportsIt()
    {
        var (context, page, api, cohort) = await CoordinatorAsync();
        await using var _ = context;
        using var __ = api;

        await page.GetByRole(AriaRole.Link, new() { Name = $"Tableau de bord — {BrowserFixture.DemoCohortTitle}" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Tableau de bord — {BrowserFixture.DemoCohortTitle}");

        // The counts on top are the API's.
        var counts = await Http.GetAsync(api, $"/api/cohorts/{cohort}/territories/counts", 200);
        int Count(string status) => counts.GetProperty("byStatus").EnumerateArray().Where(s => s.Str("status") == status).Sum(s => s.GetProperty("count").GetInt32());
        await Expect(page.Locator(".chiffres")).ToContainTextAsync($"Territoires{counts.GetProperty("total").GetInt32()}");
        await Expect(page.Locator(".chiffres")).ToContainTextAsync($"Ont accepté{Count("Accepted")}");
        await Expect(page.Locator(".chiffres")).ToContainTextAsync($"Ont refusé{Count("Declined")}");

        // Each territory's « présent » cells are the sessions the API says it was represented at.
        var rates = await Http.GetAsync(api, $"/api/cohorts/{cohort}/attendance/rates", 200);
        foreach (var t in rates.GetProperty("territories").GetProperty("items").EnumerateArray())
        {
            var row = page.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = t.Str("territoryName"), Exact = true }) });
            await Expect(row.Locator(".etat", new() { HasTextString = "Présent" })).ToHaveCountAsync(t.GetProperty("sessionsRepresented").GetInt32());
        }

        // The alerts: overdue steps as many as the API lists; silences past the cadence.
        var overdue = await Http.GetAsync(api, $"/api/cohorts/{cohort}/follow-up/overdue-steps", 200);
        await Expect(page.Locator("#alertes + ul")).ToContainTextAsync($"Prochaines étapes en retard ({overdue.GetArrayLength()})");
        var silent = await Http.GetAsync(api, $"/api/cohorts/{cohort}/follow-up/without-contact", 200);
        await Expect(page.Locator("#alertes + ul")).ToContainTextAsync($"{silent.GetProperty("territories").GetArrayLength()} territoires sans contact depuis plus de");

        // Filtered by status; searched without accents; sorted by the longest silence.
        await page.GetByLabel("Statut", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "a refusé" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await Expect(page.Locator("#territoires")).ToHaveTextAsync($"{Count("Declined")} territoires affichés sur {counts.GetProperty("total").GetInt32()}");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(Count("Declined"));
        await page.GotoAsync($"/promotions/{cohort}?q=reunion");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("tbody")).ToContainTextAsync("La Réunion");
        await page.GotoAsync($"/promotions/{cohort}?statut=Accepted");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trier par silence" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort='ascending']")).ToContainTextAsync("Dernier contact");
        // The first row is the longest silence the API knows of (« jamais » when a territory was never contacted).
        var longest = silent.GetProperty("territories")[0];
        await Expect(page.Locator("tbody tr").First.Locator("td").Nth(7)).ToContainTextAsync( // status, binôme, S1–S4, roadmap, last contact
            longest.GetProperty("lastContact").ValueKind == JsonValueKind.Null ? "jamais" : $"({longest.GetProperty("daysWithoutContact").GetInt32()} j)");

        // The CSV is what is shown: the accepted territories, in the order shown.
        await page.GotoAsync($"/promotions/{cohort}?statut=Accepted&tri=LastContact");
        var shown = await page.Locator("tbody th[scope=row] a").AllInnerTextsAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Exporter ce qui est affiché (CSV)" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "The CSV opens in French Excel: UTF-8 with BOM.");
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Territoire;Région;Type;Statut;Binôme;S1;S2;S3;S4;Feuille de route", lines[0]);
        Assert.Equal(shown, lines.Skip(1).Select(l => l.Split(';')[0].Trim('"')).ToList());

        // A filter a person cannot mean is said in French beside its field; the page still shows the cohort.
        await page.GotoAsync($"/promotions/{cohort}?silence=trente&statut=Inconnu");
        await Expect(page.Locator("#erreurs")).ToContainTextAsync("Le nombre de jours sans nouvelles s'écrit en chiffres");
        await Expect(page.Locator("#erreurs")).ToContainTextAsync("Ce statut n'existe pas.");
        await Expect(page.GetByLabel("Sans nouvelles depuis (jours)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#territoires")).ToContainTextAsync($"sur {counts.GetProperty("total").GetInt32()}");
    }

    [Fact]
    public async Task Coordinator_ReviewsASubmittedRoadmap_ComparesCommentsValidatesMarksItPitchedAndDownloadsTheBundle()
    {
        var b = await web.NewBinomeAsync();
        using (var catalyst = await web.ApiAsync(b.First))
        {
            var url = $"/api/cohorts/{b.Cohort}/territories/{b.Territory}/roadmap";
            // Submitted, sent back by the coordination, completed and submitted again: two versions to compare.
            var roadmap = await Http.GetAsync(catalyst, url, 200);
            roadmap = await Http.PutAsync(catalyst, $"{url}/sections/freins", new { text = "Les financements restent cloisonnés.", version = roadmap.GetProperty("version").GetInt32() }, 200);
            await Http.PostAsync(catalyst, $"{url}/submit", new { version = roadmap.GetProperty("version").GetInt32() }, 200);
            using (var coordinator = await web.ApiAsync(BrowserFixture.Coordinator))
            {
                await Http.PostAsync(coordinator, $"{url}/request-changes", new { comment = "Précisez la piste envisagée." }, 200);
            }
            roadmap = await Http.GetAsync(catalyst, url, 200);
            roadmap = await Http.PutAsync(catalyst, $"{url}/sections/freins", new { text = "Les financements restent cloisonnés.\nUn guichet commun est à l'étude.", version = roadmap.GetProperty("version").GetInt32() }, 200);
            await Http.PostAsync(catalyst, $"{url}/submit", new { version = roadmap.GetProperty("version").GetInt32() }, 200);
        }
        var (context, page, api, cohort) = await CoordinatorAsync();
        await using var _ = context;
        using var __ = api;

        await page.GotoAsync($"/promotions/{cohort}/feuilles-de-route");
        await page.GetByRole(AriaRole.Link, new() { Name = b.TerritoryName, Exact = true }).ClickAsync();
        await Expect(page.Locator("#etat")).ToContainTextAsync("Soumise");
        // What changed since the previous submitted version is shown as added and removed lines.
        await Expect(page.Locator("ins").Filter(new() { HasText = "Un guichet commun est à l'étude." })).ToHaveCountAsync(1);

        await page.GetByLabel("Sur").SelectOptionAsync(new SelectOptionValue { Label = "Freins rencontrés" });
        await page.GetByLabel("Commentaire", new() { Exact = false }).Last.FillAsync("Qui porterait le guichet commun ?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le commentaire" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Commentaire publié");
        await Expect(page.Locator("main")).ToContainTextAsync("Qui porterait le guichet commun ?");

        await page.GetByLabel("Valider la feuille de route").CheckAsync();
        await page.GetByLabel("Commentaire pour le binôme").FillAsync("Bravo, feuille de route claire.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la relecture" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Feuille de route validée.");
        var roadmapNow = await Http.GetAsync(api, $"/api/cohorts/{cohort}/territories/{b.Territory}/roadmap", 200);
        Assert.Equal("Validated", roadmapNow.Str("status"));

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Marquer la version \\d+ comme pitchée en S4$") }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "pitchée en S4");
        await Expect(page.Locator("#etat")).ToContainTextAsync("Pitchée en S4");

        await page.GotoAsync($"/promotions/{cohort}/feuilles-de-route");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Recueil des feuilles validées (PDF)" }).ClickAsync());
        var text = string.Join("\n", await Pdf.TextAsync(await File.ReadAllBytesAsync((await download.PathAsync())!)));
        Assert.Contains(b.TerritoryName, text);
    }

    [Fact]
    public async Task Coordinator_FollowsATerritory_ConfidentialAndSharedEntries_NextStepDone_CoachAndCadence()
    {
        var b = await web.NewBinomeAsync();
        var (context, page, api, cohort) = await CoordinatorAsync();
        await using var _ = context;
        using var __ = api;
        var tag = Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync($"/promotions/{cohort}/suivi");
        await page.GetByRole(AriaRole.Link, new() { Name = b.TerritoryName, Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Journal de suivi — {b.TerritoryName}");

        // Without choosing who may read it, nothing is written.
        await page.GetByLabel("Date (obligatoire)", new() { Exact = true }).FillAsync("2018-01-10");
        await page.GetByLabel("Type d'échange").SelectOptionAsync(new SelectOptionValue { Label = "Entretien téléphonique" });
        await page.GetByLabel("Notes").FillAsync($"Point confidentiel {tag} : tension entre élus.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'échange" }).ClickAsync();
        await Expect(page.Locator("#erreurs")).ToContainTextAsync("Choisissez : confidentiel, ou partagé avec le binôme.");
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync($"Point confidentiel {tag} : tension entre élus.");
        await page.GetByLabel("Confidentiel").CheckAsync();
        await page.GetByLabel("Prochaines étapes").FillAsync($"Rappeler le maire {tag} ; coordination ; 15/01/2018");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'échange" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "confidentiel : le binôme ne le voit pas");
        var entry = page.Locator("article").Filter(new() { HasText = $"Point confidentiel {tag}" });
        await Expect(entry.Locator(".etat").First).ToHaveTextAsync("Confidentiel");
        await Expect(entry).ToContainTextAsync("En retard");

        await page.GetByLabel("Date (obligatoire)", new() { Exact = true }).FillAsync("2018-01-12");
        await page.GetByLabel("Type d'échange").SelectOptionAsync(new SelectOptionValue { Label = "Rencontre" });
        await page.GetByLabel("Partagé avec le binôme").CheckAsync();
        await page.GetByLabel("Notes").FillAsync($"Compte rendu partagé {tag}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'échange" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "partagé avec le binôme");

        // The binôme reads the shared entry, never the confidential one.
        using (var catalyst = await web.ApiAsync(b.First))
        {
            var seen = (await Http.GetAsync(catalyst, $"/api/cohorts/{b.Cohort}/follow-ups?territoryId={b.Territory}&pageSize=100", 200)).GetProperty("items").GetRawText();
            Assert.Contains($"Compte rendu partagé {tag}.", seen);
            Assert.DoesNotContain($"Point confidentiel {tag}", seen);
        }

        await entry.GetByRole(AriaRole.Button, new() { Name = $"Marquer comme faite : « Rappeler le maire {tag} »" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "marquée comme faite");
        await Expect(page.Locator("article").Filter(new() { HasText = $"Point confidentiel {tag}" })).ToContainTextAsync("Faite");

        // A second coach assigned (found by their name), the cadence set: the dashboard's alert follows it.
        var coach = await Http.PostAsync(api, "/api/people", new { firstName = "Odile", lastName = $"Accompagne{tag}", email = $"odile.{tag}@accompagnement.test" }, 201);
        await web.AccountForAsync(coach.Id(), coach.Str("email"), role: "Coach");
        await page.GotoAsync($"/promotions/{cohort}/suivi");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Territoire" }).SelectOptionAsync(new SelectOptionValue { Label = b.TerritoryName });
        await page.GetByLabel("Chercher — accompagnateur").PressSequentiallyAsync($"Accompagne{tag}");
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Accompagnateur" })).ToContainTextAsync(coach.Str("email"));
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Accompagnateur" }).SelectOptionAsync(new SelectOptionValue { Value = coach.Id().ToString() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Affecter" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"accompagne désormais « {b.TerritoryName} »");
        var assignments = await Http.GetAsync(api, $"/api/cohorts/{cohort}/coach-assignments", 200);
        Assert.Contains(assignments.EnumerateArray(), a => a.Id("territoryId") == b.Territory && a.Id("coachPersonId") == coach.Id());

        await page.GetByLabel("Un contact au moins tous les (jours)").FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la cadence" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "tous les 45 jours");
        await page.GotoAsync($"/promotions/{cohort}");
        await Expect(page.Locator("#alertes + ul")).ToContainTextAsync("sans contact depuis plus de 45 jours");
        await page.GotoAsync($"/promotions/{cohort}/suivi");
        await page.GetByLabel("Un contact au moins tous les (jours)").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la cadence" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "tous les 30 jours");
    }

    [Fact]
    public async Task Coordinator_SetsTheCohortsReminders_AndListsThem()
    {
        var (context, page, api, cohort) = await CoordinatorAsync();
        await using var _ = context;
        using var __ = api;
        await page.GotoAsync($"/promotions/{cohort}/rappels");
        var before = (await Http.GetAsync(api, $"/api/cohorts/{cohort}/reminder-settings", 200)).GetProperty("sessionEarlyDays");
        await page.GetByLabel("Session : premier rappel (jours avant)").FillAsync("-3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les réglages" }).ClickAsync();
        await Expect(page.Locator("#erreurs")).ToContainTextAsync("un délai négatif n'a pas de sens");
        await Expect(page.GetByLabel("Session : premier rappel (jours avant)")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(before.GetRawText(), (await Http.GetAsync(api, $"/api/cohorts/{cohort}/reminder-settings", 200)).GetProperty("sessionEarlyDays").GetRawText());
        await page.GetByLabel("Session : premier rappel (jours avant)").FillAsync("9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les réglages" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Réglages des rappels enregistrés");
        Assert.Equal(9, (await Http.GetAsync(api, $"/api/cohorts/{cohort}/reminder-settings", 200)).GetProperty("sessionEarlyDays").GetInt32());
        await Expect(page.GetByLabel("Session : premier rappel (jours avant)")).ToHaveValueAsync("9");

        var listed = await Http.GetAsync(api, $"/api/reminders?cohortId={cohort}&pageSize=1", 200);
        await Expect(page.Locator("#liste")).ToHaveTextAsync($"Rappels de la promotion ({listed.GetProperty("total").GetInt32()})");
    }

    [Fact]
    public async Task Coordinator_RunsACommittee_MembersMeetingDecisionsDocumentsAndTheFrozenReport()
    {
        var (context, page, api, cohort) = await CoordinatorAsync();
        await using var _ = context;
        using var __ = api;
        var tag = Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync($"/promotions/{cohort}/comites");
        await page.GetByRole(AriaRole.Link, new() { Name = "Comité technique" }).ClickAsync();
        await page.GetByLabel("Structure représentée").FillAsync($"Réseau rural {tag}");
        await page.GetByLabel("Siège à partir du").FillAsync("2018-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le membre" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"« Réseau rural {tag} » siège désormais au comité.");

        await page.GetByLabel("Intitulé").FillAsync($"Comité technique {tag}");
        await page.GetByLabel("Jour (obligatoire)", new() { Exact = true }).FillAsync("2018-09-20");
        await page.GetByLabel("Heure (heure de Paris)").FillAsync("14:00");
        await page.GetByLabel("Ordre du jour").FillAsync("Point d'étape des binômes\nPréparation de S4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planifier la réunion" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"Réunion « Comité technique {tag} » planifiée.");
        await Expect(page.Locator("#odj + ol")).ToContainTextAsync("Préparation de S4");

        await page.GetByRole(AriaRole.Group, new() { Name = "Présents" }).GetByLabel($"Réseau rural {tag}").CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Compte rendu" }).FillAsync("Les binômes avancent ; S4 se prépare.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Présences et compte rendu enregistrés (1 présents)");

        await page.GetByLabel("Texte").FillAsync($"Préparer un guide du pitch {tag}");
        await page.GetByLabel("Responsable").FillAsync("Coordination");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire au registre" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Décision inscrite au registre.");
        await page.GetByLabel($"Statut de « Préparer un guide du pitch {tag} »", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "En cours" });
        await page.GetByRole(AriaRole.Button, new() { Name = $"Changer le statut de « Préparer un guide du pitch {tag} »" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Décision passée à « En cours »");
        var meetingUrl = page.Url;

        await page.GetByLabel("Titre").FillAsync($"Ordre du jour {tag}");
        await page.GetByLabel("Fichier (PDF, bureautique, image ; 10 Mo au plus)").SetInputFilesAsync(new FilePayload
        {
            Name = "ordre-du-jour.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray(),
        });
        await page.GetByLabel("Partager avec la promotion (les catalyseurs le verront)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"« Ordre du jour {tag} » déposé et partagé avec la promotion.");
        var shared = await Http.GetAsync(api, $"/api/cohorts/{cohort}/shared-documents", 200);
        Assert.Contains(shared.EnumerateArray(), d => d.Str("title") == $"Ordre du jour {tag}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Joindre le rapport figé" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Rapport d'avancement joint, figé");
        await Expect(page.Locator("#documents + ul")).ToContainTextAsync("Rapport");

        // The register on the committee's page carries the decision still open.
        await page.GetByRole(AriaRole.Link, new() { Name = "← Comité technique" }).ClickAsync();
        var line = page.Locator("#registre + table tbody tr").Filter(new() { HasText = $"Préparer un guide du pitch {tag}" });
        await Expect(line).ToContainTextAsync("En cours");
        Assert.Contains("/reunions/", meetingUrl);
    }
}
