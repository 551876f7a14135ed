using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>
/// The coordination runs a cohort from a browser, as the 2018 pilot was run: the cohort and its
/// phases, 13 territories imported from an Excel CSV, their answers, binômes, S1 at the CGET,
/// attendance, the S3 vote — each step checked against what the API then says.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CoordinatorJourneyTests(BrowserFixture web)
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The pilot's 13 territories as a coordinator's Excel saves them: « ; », Windows-1252, accents.</summary>
    private static readonly string[] Territories =
    [
        "Communauté de communes du Véron;Intercommunalité;Centre-Val de Loire;Collectivité",
        "Pays de Sèvre et Loire;Pays / PETR;Pays de la Loire;Association",
        "Ville d'Hérouville-Saint-Clair;Commune;Normandie;Collectivité",
        "Quartier de l'Épinette;Quartier;Hauts-de-France;Association",
        "Département de l'Ariège;Département;Occitanie;Collectivité",
        "Métropole de Lyon (Vaulx-en-Velin);Intercommunalité;Auvergne-Rhône-Alpes;Collectivité",
        "Pays Cœur d'Hérault;Pays / PETR;Occitanie;Association",
        "Communauté d'agglomération de Béthune;Intercommunalité;Hauts-de-France;Collectivité",
        "Ville de Besançon — Planoise;Quartier;Bourgogne-Franche-Comté;Association",
        "Parc naturel régional du Vercors;Autre;Auvergne-Rhône-Alpes;Autre",
        "Île de Ré;Intercommunalité;Nouvelle-Aquitaine;Collectivité",
        "Territoire de Côte-d'Or;Département;Bourgogne-Franche-Comté;Collectivité",
        "Ville de Fort-de-France;Commune;Martinique;Collectivité",
    ];

    private static byte[] Csv(params string[] lines) => Windows1252.GetBytes("nom;type;région;structure\r\n" + string.Join("\r\n", lines) + "\r\n");

    private static FilePayload CsvFile(byte[] content) => new() { Name = "territoires.csv", MimeType = "text/csv", Buffer = content };

    [Fact]
    public async Task Coordinator_RunsACohortFromTheBrowser_FromItsCreationToTheS3Topic()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = $"Promotion navigateur {tag}";
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Coordinator);
        using var api = await web.ApiAsync(BrowserFixture.Coordinator);

        // 2 — The cohort and its phases; a refused form keeps what was typed and says why beside the field.
        await page.GetByRole(AriaRole.Link, new() { Name = "Promotions", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Créer une promotion" }).ClickAsync();
        await page.GetByLabel("Intitulé de la promotion").FillAsync(title);
        await page.GetByLabel("Début (obligatoire)", new() { Exact = true }).FillAsync("2018-12-31");
        await page.GetByLabel("Fin (obligatoire)", new() { Exact = true }).FillAsync("2017-07-01");
        await page.GetByLabel("Nombre de territoires visé").FillAsync("12");
        await page.GetByLabel("Début de la conception").FillAsync("2017-07-01");
        await page.GetByLabel("Fin de la conception").FillAsync("2018-03-31");
        await page.GetByLabel("Début de la réalisation").FillAsync("2018-05-01");
        await page.GetByLabel("Fin de la réalisation").FillAsync("2018-11-15");
        await page.GetByLabel("Début de l'évaluation").FillAsync("2018-11-16");
        await page.GetByLabel("Fin de l'évaluation").FillAsync("2018-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la promotion" }).ClickAsync();
        await Expect(page.Locator("#erreurs")).ToContainTextAsync("La date de fin précède la date de début.");
        await Expect(page.GetByLabel("Fin (obligatoire)", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Intitulé de la promotion")).ToHaveValueAsync(title);
        await page.GetByLabel("Début (obligatoire)", new() { Exact = true }).FillAsync("2017-07-01");
        await page.GetByLabel("Fin (obligatoire)", new() { Exact = true }).FillAsync("2018-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la promotion" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, $"Promotion « {title} » créée");
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Tableau de bord — {title}");
        var cohort = Guid.Parse(page.Url.Split('/').Last());

        // 3 — An Excel file with a bad line: the line is shown by its number, nothing is written.
        await page.GetByRole(AriaRole.Link, new() { Name = "Territoires", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Importer un fichier CSV" }).ClickAsync();
        await page.GetByLabel("Fichier CSV des territoires").SetInputFilesAsync(CsvFile(Csv(Territories[0], Territories[1], "Ville imaginaire;Commune;Atlantide;Collectivité")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir ce qui sera importé" }).ClickAsync();
        await Expect(page.Locator("#lignes-erreurs")).ToContainTextAsync("Ligne 4");
        await Expect(page.Locator("#lignes-erreurs")).ToContainTextAsync("Région inconnue : « Atlantide »");
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Importer les") })).ToHaveCountAsync(0);
        Assert.Equal(0, (await Http.GetAsync(api, $"/api/cohorts/{cohort}/territories", 200)).GetProperty("total").GetInt32());

        // …then the whole file, previewed with its accents read right, and imported.
        await page.GetByRole(AriaRole.Link, new() { Name = "Importer un fichier corrigé" }).ClickAsync();
        await page.GetByLabel("Fichier CSV des territoires").SetInputFilesAsync(CsvFile(Csv(Territories)));
        await page.GetByLabel("Territoires sollicités le").FillAsync("2018-01-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir ce qui sera importé" }).ClickAsync();
        await Expect(page.Locator("table")).ToContainTextAsync("Pays Cœur d'Hérault");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer les 13 territoires" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "13 territoires importés et sollicités");
        Assert.Equal(13, (await Http.GetAsync(api, $"/api/cohorts/{cohort}/territories", 200)).GetProperty("total").GetInt32());

        // The answers: 11 accept, 2 decline « pour raison de temporalité non appropriée ».
        for (var i = 0; i < Territories.Length; i++)
        {
            var name = Territories[i].Split(';')[0];
            await page.GotoAsync($"/promotions/{cohort}/territoires?q={Uri.EscapeDataString(name)}");
            await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            if (i < 11)
            {
                await page.GetByLabel("Date de la réponse").FillAsync("2018-03-15");
                await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'acceptation" }).ClickAsync();
                await BrowserFixture.ExpectSaidAsync(page, "a accepté");
            }
            else
            {
                await page.GetByLabel("Date du refus").FillAsync("2018-03-20");
                await page.GetByLabel("Raison du refus").FillAsync("Pour raison de temporalité non appropriée.");
                await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le refus" }).ClickAsync();
                await BrowserFixture.ExpectSaidAsync(page, "a refusé");
            }
        }
        await page.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord", Exact = true }).ClickAsync();
        await Expect(page.Locator(".chiffres")).ToContainTextAsync("Ont accepté11");
        await Expect(page.Locator(".chiffres")).ToContainTextAsync("Ont refusé2");
        var counts = await Http.GetAsync(api, $"/api/cohorts/{cohort}/territories/counts", 200);
        Assert.Equal(11, counts.GetProperty("byStatus").EnumerateArray().Single(s => s.Str("status") == "Accepted").GetProperty("count").GetInt32());

        // 4 — People created, a binôme formed without JavaScript (search, then « Chercher »)…
        var people = new List<string>();
        foreach (var (first, last, mail) in new[] { ("Maëlle", $"Grégoire{tag}", "maelle"), ("Théo", $"Lefèvre{tag}", "theo"), ("Inès", $"Bérard{tag}", "ines") })
        {
            await page.GotoAsync("/personnes/nouvelle");
            await page.GetByLabel("Prénom").FillAsync(first);
            await page.GetByLabel("Nom (obligatoire)", new() { Exact = true }).FillAsync(last);
            await page.GetByLabel("E-mail professionnel").FillAsync($"{mail}.{tag}@territoire.test");
            await page.GetByRole(AriaRole.Button, new() { Name = "Créer la personne" }).ClickAsync();
            await BrowserFixture.ExpectSaidAsync(page, $"{first} {last} est ajouté·e");
            people.Add(last);
        }
        var veron = Territories[0].Split(';')[0];
        await using (var plain = await web.NewContextAsync(javaScript: false))
        {
            var noScript = await web.SignInAsync(plain, BrowserFixture.Coordinator);
            await noScript.GotoAsync($"/promotions/{cohort}/binomes");
            await noScript.GetByRole(AriaRole.Link, new() { Name = $"Former le binôme de {veron}" }).ClickAsync();
            await noScript.GetByLabel("Chercher — premier membre").FillAsync(people[0]);
            await noScript.GetByLabel("Chercher — second membre").FillAsync(people[1]);
            await noScript.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).First.ClickAsync();
            await Expect(noScript.GetByRole(AriaRole.Combobox, new() { Name = "Premier membre" })).ToContainTextAsync("1 personne");
            await noScript.GetByRole(AriaRole.Combobox, new() { Name = "Premier membre" }).SelectOptionAsync(new SelectOptionValue { Label = $"{people[0]} Maëlle — maelle.{tag}@territoire.test" });
            await noScript.GetByRole(AriaRole.Combobox, new() { Name = "Second membre" }).SelectOptionAsync(new SelectOptionValue { Label = $"{people[1]} Théo — theo.{tag}@territoire.test" });
            await noScript.GetByLabel("Binôme formé le").FillAsync("2018-04-01");
            await noScript.GetByRole(AriaRole.Button, new() { Name = "Former le binôme" }).ClickAsync();
            await BrowserFixture.ExpectSaidAsync(noScript, $"Binôme de « {veron} » formé.");
        }
        // …a member replaced (the list follows the typing with JavaScript), the history kept.
        await page.GotoAsync($"/promotions/{cohort}/binomes");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Historique, remplacer un membre — {veron}" }).ClickAsync();
        await page.GetByLabel("Membre qui quitte le binôme").SelectOptionAsync(new SelectOptionValue { Label = $"Théo {people[1]}" });
        await page.GetByLabel("Chercher — personne qui le remplace").PressSequentiallyAsync(people[2]);
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Personne qui le remplace" })).ToContainTextAsync("1 personne");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Personne qui le remplace" }).SelectOptionAsync(new SelectOptionValue { Label = $"{people[2]} Inès — ines.{tag}@territoire.test" });
        await page.GetByLabel("Date du remplacement").FillAsync("2018-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remplacer le membre" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Membre remplacé");
        await Expect(page.Locator("table")).ToContainTextAsync("01/06/2018");
        var pair = (await Http.GetAsync(api, $"/api/cohorts/{cohort}/pairs", 200)).GetProperty("items")[0];
        Assert.Equal(3, pair.GetProperty("members").GetArrayLength());
        var members = pair.GetProperty("members").EnumerateArray().ToList();

        // 5 — S1 on 3 May 2018 at the CGET; S2 outside the réalisation phase needs a reason.
        await page.GetByRole(AriaRole.Link, new() { Name = "Séances", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Dater la session S1" }).ClickAsync();
        await page.GetByLabel("Jour").FillAsync("2018-05-03");
        await page.GetByLabel("Heure de début (heure de Paris)").FillAsync("09:30");
        await page.GetByLabel("Durée (minutes)").FillAsync("420");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la date" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Session S1 datée : jeudi 3 mai 2018 à 9 h 30");
        await page.GetByRole(AriaRole.Link, new() { Name = "Détails de la session S1" }).ClickAsync();
        await page.GetByLabel("Nom du lieu").FillAsync("CGET");
        await page.GetByLabel("Adresse", new() { Exact = true }).FillAsync("20 avenue de Ségur, 75007 Paris");
        await page.GetByLabel("Intervenants").FillAsync("Claire Martin ; CGET ; directrice de projet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les détails" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Session S1 enregistrée.");
        await Expect(page.Locator("table")).ToContainTextAsync("CGET");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dater la session S2" }).ClickAsync();
        await page.GetByLabel("Jour").FillAsync("2018-11-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la date" }).ClickAsync();
        await Expect(page.Locator("#erreurs")).ToContainTextAsync("réalisation");
        await page.GetByLabel("Motif, si la date sort de la phase de réalisation").FillAsync("Disponibilité de la salle.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la date" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Session S2 datée");

        // Émargement: ticked in place (htmx), kept after a reload, and equal to the API's sheet.
        await page.GetByRole(AriaRole.Link, new() { Name = "Émargement de la session S1" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Émargement de la session S1");
        var maelle = page.GetByRole(AriaRole.Group, new() { Name = $"Présence de Maëlle {people[0]}" });
        var theo = page.GetByRole(AriaRole.Group, new() { Name = $"Présence de Théo {people[1]}" });
        await maelle.GetByLabel("Présent").CheckAsync();
        await Expect(page.Locator("#emargement-statut")).ToContainTextAsync($"Maëlle {people[0]} : présent, enregistré.");
        await theo.GetByLabel("Absent").CheckAsync();
        await Expect(page.Locator("#emargement-statut")).ToContainTextAsync($"Théo {people[1]} : absent, enregistré.");
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = $"Présence de Théo {people[1]}" }).GetByLabel("Absent")).ToBeCheckedAsync();
        var sessions = await Http.GetAsync(api, $"/api/cohorts/{cohort}/sessions", 200);
        var s1 = sessions.EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == 1).Id();
        var sheet = await Http.GetAsync(api, $"/api/sessions/{s1}/attendance", 200);
        Assert.Equal(1, sheet.GetProperty("present").GetInt32());
        Assert.Equal(1, sheet.GetProperty("absent").GetInt32());

        // 6 — The S3 vote: opened, two ballots, closed on a tie shown plainly, decided; S3 carries the topic.
        await page.GetByRole(AriaRole.Link, new() { Name = "Vote S3", Exact = true }).ClickAsync();
        await page.GetByLabel("Thèmes proposés").FillAsync("Tiers-lieux et dialogue territorial\nAlimentation durable");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le vote" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "Vote ouvert");
        var vote = await Http.GetAsync(api, $"/api/cohorts/{cohort}/topic-vote", 200);
        var options = vote.GetProperty("options").EnumerateArray().ToList();
        var active = members.Where(m => m.GetProperty("active").GetBoolean()).ToList();
        for (var i = 0; i < 2; i++)
        {
            var email = await web.AccountForAsync(active[i].Id("personId"), active[i].Str("email"));
            using var catalyst = await web.ApiAsync(email);
            await Http.PutAsync(catalyst, $"/api/cohorts/{cohort}/topic-vote/ballot", new { optionId = options[i].Id() }, 200);
        }
        await page.ReloadAsync();
        await Expect(page.Locator("#resultats-titre")).ToHaveTextAsync("2 bulletins");
        await page.GetByRole(AriaRole.Button, new() { Name = "Clore le vote" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "égalité");
        await Expect(page.Locator("main")).ToContainTextAsync("« Tiers-lieux et dialogue territorial » et « Alimentation durable » ont chacun 1 voix.");
        await page.GetByLabel("Alimentation durable").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Retenir ce thème" }).ClickAsync();
        await BrowserFixture.ExpectSaidAsync(page, "« Alimentation durable » sera le thème de S3");
        await page.GetByRole(AriaRole.Link, new() { Name = "Séances", Exact = true }).ClickAsync();
        await Expect(page.Locator("table")).ToContainTextAsync("thème : Alimentation durable");
    }
}
