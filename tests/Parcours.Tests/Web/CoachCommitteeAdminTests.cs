using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>The coach, the committee member and the administrator, each in their own space, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CoachCommitteeAdminTests(BrowserFixture web)
{
    private const string Coach = "accompagnement@parcours.demo";
    private const string Committee = "comite@parcours.demo";

    [Fact]
    public async Task Coach_KeepsTheJournal_SharedAndConfidential_EditsWithoutLosingAWord_RecordsAVisit_AndReviewsTheRoadmap()
    {
        var b = await web.NewBinomeAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        using (var coordinator = await web.ApiAsync(BrowserFixture.Coordinator))
        {
            var coachPerson = (await Http.GetAsync(await web.ApiAsync(Coach), "/api/me", 200)).GetProperty("person").Id();
            await Http.PostAsync(coordinator, $"/api/cohorts/{b.Cohort}/coach-assignments", new { territoryId = b.Territory, coachPersonId = coachPerson, fromDate = "2018-01-01" }, 201);
        }
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, Coach);
        await Expect(page.Locator(".entete__qui")).ToContainTextAsync($"{Coach} — accompagnement");

        // 1 — Mes territoires: this territory never contacted, so at the top, beyond the cadence.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Mes territoires" }).ClickAsync();
        var row = page.Locator("tbody tr").Filter(new() { HasText = b.TerritoryName });
        await Expect(row).ToContainTextAsync("jamais");
        await row.GetByRole(AriaRole.Link, new() { Name = $"{b.TerritoryName} — journal de suivi" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Journal de suivi — {b.TerritoryName}");

        // 2 — A shared entry with a next step; marked « partagé » where it is read.
        await page.GetByLabel("Date (obligatoire)", new() { Exact = true }).FillAsync("2018-02-01");
        await page.GetByLabel("Type d'échange").SelectOptionAsync(new SelectOptionValue { Label = "Bilatérale de lancement" });
        await page.GetByLabel("Partagé avec le binôme").CheckAsync();
        await page.GetByLabel("Notes").FillAsync($"Lancement {tag} : priorités fixées avec le binôme.");
        await page.GetByLabel("Prochaines étapes").FillAsync($"Cartographier les acteurs {tag} ; le binôme ; 01/03/2018");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'échange" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "partagé avec le binôme");
        var entry = page.Locator("article").Filter(new() { HasText = $"Lancement {tag}" });
        await Expect(entry.Locator(".etat").First).ToHaveTextAsync("Partagé avec le binôme");
        await entry.GetByRole(AriaRole.Button, new() { Name = $"Marquer comme faite : « Cartographier les acteurs {tag} »" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "marquée comme faite");

        // The stale-edit rule: two editors; the second sees both texts and loses nothing.
        var editUrl = await page.Locator("article").Filter(new() { HasText = $"Lancement {tag}" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Modifier") }).GetAttributeAsync("href");
        await using var other = await web.NewContextAsync();
        var coordinatorPage = await web.SignInAsync(other, BrowserFixture.Coordinator);
        await coordinatorPage.GotoAsync(editUrl!);
        await page.GotoAsync(editUrl!);
        await coordinatorPage.GetByLabel("Notes").FillAsync($"Lancement {tag} : priorités fixées ; la coordination précise le calendrier.");
        await coordinatorPage.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(coordinatorPage, "Échange modifié.");
        await page.GetByLabel("Notes").FillAsync($"Lancement {tag} : priorités fixées ; deux élus moteurs identifiés.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
        await Expect(page.Locator("#conflit")).ToHaveTextAsync("Cet échange a été modifié pendant que vous l'écriviez");
        await Expect(page.Locator("#texte-enregistre")).ToContainTextAsync("la coordination précise le calendrier");
        await Expect(page.GetByLabel("Notes")).ToHaveValueAsync($"Lancement {tag} : priorités fixées ; deux élus moteurs identifiés.");
        await page.GetByLabel("Notes").FillAsync($"Lancement {tag} : priorités fixées ; deux élus moteurs identifiés ; calendrier précisé.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Échange modifié.");
        await Expect(page.Locator("main")).ToContainTextAsync("deux élus moteurs identifiés ; calendrier précisé.");

        // A field visit.
        await page.GetByRole(AriaRole.Link, new() { Name = "Enregistrer une visite terrain" }).ClickAsync();
        await page.GetByLabel("Date de la visite").FillAsync("2018-06-12");
        await page.GetByLabel("Visiteurs").FillAsync("Binôme du Pays de Redon\nBinôme de la Drôme");
        await page.GetByLabel("Objet de la visite").FillAsync($"Découvrir le tiers-lieu {tag}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la visite" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Visite terrain enregistrée.");
        using (var coordinator = await web.ApiAsync(BrowserFixture.Coordinator))
        {
            var visits = await Http.GetAsync(coordinator, $"/api/cohorts/{b.Cohort}/field-visits", 200);
            Assert.Contains(visits.EnumerateArray(), v => v.Str("purpose") == $"Découvrir le tiers-lieu {tag}.");
        }

        // 3 — The roadmap submitted by the binôme: a comment on a section, changes requested.
        using (var catalyst = await web.ApiAsync(b.First))
        {
            var url = $"/api/cohorts/{b.Cohort}/territories/{b.Territory}/roadmap";
            var roadmap = await Http.GetAsync(catalyst, url, 200);
            roadmap = await Http.PutAsync(catalyst, $"{url}/sections/objectifs", new { text = $"Objectif {tag} : un réseau d'acteurs.", version = roadmap.GetProperty("version").GetInt32() }, 200);
            await Http.PostAsync(catalyst, $"{url}/submit", new { version = roadmap.GetProperty("version").GetInt32() }, 200);
        }
        await page.GotoAsync("/accompagnement");
        await page.GetByRole(AriaRole.Link, new() { Name = $"relire la feuille de route de {b.TerritoryName}" }).ClickAsync();
        await Expect(page.Locator("#etat")).ToContainTextAsync("Soumise");
        await page.GetByLabel("Sur").SelectOptionAsync(new SelectOptionValue { Label = "Objectifs" });
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Commentaire (obligatoire)", Exact = true }).FillAsync("Quels acteurs d'abord ?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le commentaire" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Commentaire publié");
        await page.GetByLabel("Demander des modifications").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la relecture" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Modifications demandées");
        await Expect(page.Locator("#etat")).ToContainTextAsync("À reprendre");
    }

    [Fact]
    public async Task CommitteeMember_ReadsTheMidWayMeeting_AndTheReportAsCharts_WhoseFiguresAreTheReports_AndNeverANoteNorADraft()
    {
        using var coordinator = await web.ApiAsync(BrowserFixture.Coordinator);
        var cohort = await BrowserFixture.DemoCohortAsync(coordinator);
        // Markers written where a committee member must never read them: a confidential note, a draft section.
        var marker = "MARQUEUR-" + Guid.NewGuid().ToString("N")[..8];
        var b = await web.NewBinomeAsync();
        await Http.PostAsync(coordinator, $"/api/cohorts/{cohort}/follow-ups", new
        {
            territoryId = b.Territory, date = "2018-09-01", kind = "Rencontre", visibility = "Internal", notes = $"Note confidentielle {marker}",
        }, 201);
        using (var catalyst = await web.ApiAsync(b.First))
        {
            var url = $"/api/cohorts/{cohort}/territories/{b.Territory}/roadmap";
            var roadmap = await Http.GetAsync(catalyst, url, 200);
            await Http.PutAsync(catalyst, $"{url}/sections/enjeux", new { text = $"Brouillon {marker}", version = roadmap.GetProperty("version").GetInt32() }, 200);
        }

        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, Committee);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Mes comités" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Mes comités");
        var visited = new List<string>();
        async Task CheckAsync()
        {
            visited.Add(page.Url);
            Assert.DoesNotContain(marker, await page.ContentAsync());
        }
        await CheckAsync();

        // 4 — The orientation committee's mid-way meeting of September 2018.
        var midway = page.Locator("li").Filter(new() { HasText = "jalon : Mi-parcours" }).First;
        await Expect(midway).ToContainTextAsync("septembre 2018");
        await midway.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("h1")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Ordre du jour");
        await Expect(page.Locator("main")).ToContainTextAsync("Compte rendu");
        await CheckAsync();
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Registre des décisions") }).First.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Registre des décisions");
        await CheckAsync();

        // 5 — The report at the mid-way meeting's date: each chart's figures are the report's JSON.
        await page.GotoAsync($"/comites/rapport/{cohort}?date=2018-09-20");
        await CheckAsync();
        var report = await Http.GetAsync(coordinator, $"/api/cohorts/{cohort}/report?at=2018-09-20", 200);
        async Task ExpectChartAsync(string id, IEnumerable<(string Label, string Shown)> bars)
        {
            var chart = page.Locator($"svg#{id}");
            await Expect(chart).ToHaveAttributeAsync("role", "img");
            var values = await chart.Locator(".graphique__valeur").AllTextContentsAsync();
            Assert.Equal(bars.Select(x => x.Shown).ToList(), values.ToList());
        }
        await ExpectChartAsync("graphique-statuts", report.GetProperty("territories").GetProperty("byStatus").EnumerateArray()
            .Select(c => (c.Str("label"), c.GetProperty("count").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))));
        await ExpectChartAsync("graphique-regions", report.GetProperty("territories").GetProperty("byRegion").EnumerateArray()
            .Select(c => (c.Str("label"), c.GetProperty("count").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))));
        await ExpectChartAsync("graphique-sessions", report.GetProperty("sessions").GetProperty("perSession").EnumerateArray()
            .Select(s => (s.Str("code"), (s.GetProperty("presenceRate").GetDouble() * 100).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + " %")));
        await ExpectChartAsync("graphique-feuilles", report.GetProperty("roadmaps").GetProperty("byState").EnumerateArray()
            .Select(c => (c.Str("label"), c.GetProperty("count").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))));
        // The figures are also in a table beneath each chart.
        await Expect(page.Locator("#tableau-sessions")).ToContainTextAsync("S1");

        // Every download: the PDF pack, the CSV tables, the bundle — no note, no draft.
        var links = await page.Locator("main a[download]").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        Assert.True(links.Length >= 8, string.Join(", ", links));
        foreach (var href in links)
        {
            var response = await context.APIRequest.GetAsync(href);
            Assert.Equal(200, response.Status);
            var body = await response.BodyAsync();
            var text = response.Headers["content-type"].StartsWith("application/pdf", StringComparison.Ordinal)
                ? string.Join("\n", await Pdf.TextAsync(body))
                : Encoding.UTF8.GetString(body);
            Assert.DoesNotContain(marker, text);
            visited.Add(href);
        }
        Assert.True(visited.Count >= 12);
    }

    [Fact]
    public async Task Administrator_OpensAnAccount_ChangesItsRoles_LinksItToAPerson_LocksIt_AndCannotDemoteThemself()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var email = $"nouveau.{tag}@parcours.test";
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Comptes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "État du service (santé)" })).ToHaveAttributeAsync("href", "/health/ready");

        // 6 — An account opened with two roles (a weak password is refused beside its field first).
        await page.GetByRole(AriaRole.Link, new() { Name = "Ouvrir un compte" }).ClickAsync();
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe provisoire").FillAsync("court");
        await page.GetByLabel("Accompagnement").CheckAsync();
        await page.GetByLabel("Membre de comité").CheckAsync();
        await page.Locator("main form").EvaluateAsync("f => f.noValidate = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le compte" }).ClickAsync();
        await Expect(page.GetByLabel("Mot de passe provisoire")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Accompagnement")).ToBeCheckedAsync();
        await page.GetByLabel("Mot de passe provisoire").FillAsync("Provisoire-2018-Ok");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le compte" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"Compte {email} ouvert.");
        var row = page.Locator("tbody tr").Filter(new() { HasText = email });
        await Expect(row.GetByLabel("Accompagnement")).ToBeCheckedAsync();

        // Linked to a person (found by the e-mail), then roles changed.
        using (var coordinator = await web.ApiAsync(BrowserFixture.Coordinator))
        {
            await Http.PostAsync(coordinator, "/api/people", new { firstName = "Nadia", lastName = $"Nouvelle{tag}", email }, 201);
        }
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Lier à une personne") }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Personne" }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lier le compte" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "lié à la personne choisie");
        row = page.Locator("tbody tr").Filter(new() { HasText = email });
        await Expect(row).ToContainTextAsync("liée");
        // 8 — The new person, a coach who also sits on committees, signs in once and moves between both spaces.
        await using (var other = await web.NewContextAsync())
        {
            var person = await web.SignInAsync(other, email, "Provisoire-2018-Ok");
            await Expect(person.Locator(".entete__qui")).ToContainTextAsync($"{email} — accompagnement, comité");
            await person.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Mes comités" }).ClickAsync();
            await Expect(person.Locator("h1")).ToHaveTextAsync("Mes comités");
            await person.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Mes territoires" }).ClickAsync();
            await Expect(person.Locator("h1")).ToHaveTextAsync("Mes territoires");
            // Another space's page is « introuvable », not an error.
            await person.GotoAsync("/administration/comptes");
            await Expect(person.Locator("h1")).ToHaveTextAsync("Page introuvable");
        }
        row = page.Locator("tbody tr").Filter(new() { HasText = email });
        await row.GetByLabel("Membre de comité").UncheckAsync();
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Enregistrer les rôles") }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"Rôles de {email} enregistrés");
        await Expect(page.Locator("tbody tr").Filter(new() { HasText = email }).GetByLabel("Membre de comité")).Not.ToBeCheckedAsync();

        // Locked: the person can no longer sign in; unlocked again.
        row = page.Locator("tbody tr").Filter(new() { HasText = email });
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Verrouiller") }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"Compte {email} verrouillé.");
        await using (var other = await web.NewContextAsync())
        {
            var login = await other.NewPageAsync();
            await login.GotoAsync("/connexion");
            await login.GetByLabel("Adresse e-mail").FillAsync(email);
            await login.GetByLabel("Mot de passe").FillAsync("Provisoire-2018-Ok");
            await login.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            await Expect(login.Locator("#erreurs")).ToBeVisibleAsync();
            Assert.EndsWith("/connexion", new Uri(login.Url).AbsolutePath);
        }
        row = page.Locator("tbody tr").Filter(new() { HasText = email });
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Déverrouiller") }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"Compte {email} déverrouillé.");

        // The administrator cannot take their own administrator role away.
        await page.GotoAsync($"/administration/comptes?q={Uri.EscapeDataString(ParcoursApp.AdminEmail)}");
        var mine = page.Locator("tbody tr").Filter(new() { HasText = ParcoursApp.AdminEmail });
        await mine.GetByLabel("Administration").UncheckAsync();
        await mine.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Enregistrer les rôles") }).ClickAsync();
        await Expect(page.Locator("#erreurs")).ToContainTextAsync("Vous ne pouvez pas retirer votre propre rôle d'administrateur.");
        await page.GotoAsync($"/administration/comptes?q={Uri.EscapeDataString(ParcoursApp.AdminEmail)}");
        await Expect(page.Locator("tbody tr").Filter(new() { HasText = ParcoursApp.AdminEmail }).GetByLabel("Administration")).ToBeCheckedAsync();
    }
}
