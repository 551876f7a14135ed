using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Parcours.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Parcours.Tests.Web;

/// <summary>
/// RGAA 4.1 / WCAG 2.1 AA checked by a tool we did not write (axe), page by page, and a journey made
/// with the keyboard alone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture web)
{
    private static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (ParcoursApp.SuiteOnPostgreSql)
        {
            // axe judges the markup, which is the same whichever database fills it, and it is most of these walks'
            // time: the PostgreSQL pass walks the same pages (each must answer with its one h1) and leaves axe to
            // the SQLite pass, so that both passes fit CI's 15 minutes.
            return [];
        }
        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url} — {v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")];
    }

    [Fact]
    public async Task EveryPageOfTheCatalystsSpace_HasNoSeriousOrCriticalAxeViolation()
    {
        var (cohort, territory, _, _) = await web.CatalystPairAsync();
        var roadmap = $"/feuilles-de-route/{cohort}/{territory}";
        await using var context = await web.NewContextAsync();
        var violations = new List<string>();

        // Signed out: the login page, with and without its errors, and the public pages.
        var anonymous = await context.NewPageAsync();
        await anonymous.GotoAsync("/connexion");
        violations.AddRange(await SeriousViolationsAsync(anonymous));
        await anonymous.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(anonymous.Locator("#erreurs")).ToBeVisibleAsync();
        violations.AddRange(await SeriousViolationsAsync(anonymous));
        // The page where an invited person chooses a password, with its errors.
        await anonymous.GotoAsync("/mot-de-passe?compte=inconnu&jeton=faux");
        violations.AddRange(await SeriousViolationsAsync(anonymous));
        await anonymous.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon mot de passe" }).ClickAsync();
        await Expect(anonymous.Locator("#erreurs")).ToBeVisibleAsync();
        violations.AddRange(await SeriousViolationsAsync(anonymous));
        await anonymous.CloseAsync();

        var page = await web.SignInAsync(context, BrowserFixture.Catalyst);
        var sessionPath = await page.Locator("a[href^='/sessions/']").First.GetAttributeAsync("href");
        string[] paths =
        [
            "/", $"/parcours/{cohort}", sessionPath!, $"{sessionPath}/avis", $"/parcours/{cohort}/vote", "/agenda",
            roadmap, $"{roadmap}/maturite", $"{roadmap}/maturite?fin=Consolidation", $"{roadmap}/partage", $"/parcours/{cohort}/pairs",
            $"/parcours/{cohort}/pairs?theme=Inconnu", $"{roadmap}/sections/enjeux", $"{roadmap}/actions", $"{roadmap}/soumettre", $"{roadmap}/commentaires",
            $"{roadmap}/versions", $"{roadmap}/versions/1", $"{roadmap}/comparer?de=1&a=1", $"/suivi/{cohort}",
            "/notifications", "/notifications/preferences", "/accessibilite", "/mentions-legales", $"/feuilles-de-route/{cohort}/{Guid.NewGuid()}",
            "/ressources", "/ressources?q=tiers&categorie=Exemples&theme=TiersLieux", "/ressources?categorie=Inconnue",
        ];
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            violations.AddRange(await SeriousViolationsAsync(page));
        }
        // A form refused, with its errors beside the fields; the calendar address once created; a conflict.
        await page.GotoAsync($"{roadmap}/actions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une ligne" }).ClickAsync();
        var n = await page.Locator("tbody tr").CountAsync();
        await page.GetByLabel($"Partenaires de l'action {n}", new() { Exact = true }).FillAsync("Une action sans intitulé");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les actions" }).ClickAsync();
        await Expect(page.Locator("#erreurs")).ToBeVisibleAsync();
        violations.AddRange(await SeriousViolationsAsync(page));
        await page.GotoAsync("/agenda");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon adresse d'abonnement" }).ClickAsync();
        violations.AddRange(await SeriousViolationsAsync(page));

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task KeyboardOnly_SignInOpenTheRoadmapAndSaveASection()
    {
        var b = await web.TakeBinomeAsync();
        await using var context = await web.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/connexion");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await FocusedTextAsync(page));
        await TabToAsync(page, "input#Email");
        await page.Keyboard.TypeAsync(b.First);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Password", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync(BrowserFixture.DemoPassword);
        await EnterAsync(page);
        Assert.Equal(web.BaseUrl + "/", page.Url);

        await TabToAsync(page, "nav a[href='/aller/feuille-de-route']");
        // The focus is visible: an outline is drawn around the focused link.
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await EnterAsync(page);
        await Expect(page.Locator("h1")).ToContainTextAsync("Feuille de route");

        await TabToAsync(page, "a[href$='/sections/positionnement']");
        await EnterAsync(page);
        await TabToAsync(page, "textarea#Text");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Positionnement écrit au clavier seul.");
        await TabToAsync(page, "button[type=submit].bouton:not(.bouton--discret)");
        await EnterAsync(page);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("enregistrée");
        await Expect(page.Locator("#section-positionnement")).ToContainTextAsync("Positionnement écrit au clavier seul.");
    }

    [Fact]
    public async Task EveryPageOfTheCoordination_HasNoSeriousOrCriticalAxeViolation()
    {
        await using var context = await web.NewContextAsync();
        var page = await web.SignInAsync(context, BrowserFixture.Coordinator);
        using var api = await web.ApiAsync(BrowserFixture.Coordinator);
        var cohort = await BrowserFixture.DemoCohortAsync(api);
        var root = $"/promotions/{cohort}";
        async Task<string> FirstLinkAsync(string from, string prefix)
        {
            await page.GotoAsync(from);
            return (await page.Locator($"main a[href^='{prefix}']").First.GetAttributeAsync("href"))!;
        }
        var territory = await FirstLinkAsync($"{root}/territoires", $"{root}/territoires/0");
        var pair = await FirstLinkAsync($"{root}/binomes", $"{root}/binomes/0");
        var sheet = await FirstLinkAsync($"{root}/seances", $"{root}/seances/0");
        var session = sheet.Replace("/emargement", "", StringComparison.Ordinal);
        var journal = await FirstLinkAsync($"{root}/suivi", "/journal/0");
        await page.GotoAsync($"{root}/comites");
        var committee = (await page.GetByRole(AriaRole.Link, new() { Name = "Comité d'orientation" }).GetAttributeAsync("href"))!;
        var meeting = await FirstLinkAsync(committee, $"{committee}/reunions/");
        var roadmap = await FirstLinkAsync($"{root}/feuilles-de-route", "/relecture/0");
        var person = await FirstLinkAsync("/personnes", "/personnes/0");
        var resource = await FirstLinkAsync($"{root}/ressources", $"{root}/ressources/0");
        string[] paths =
        [
            "/", "/promotions", "/promotions/nouvelle", $"{root}/modifier", $"{root}/edition-suivante", root, $"{root}?silence=trente",
            $"/historique/{root.Split('/')[^1]}",
            $"{root}/territoires", $"{root}/territoires/nouveau", $"{root}/territoires/import", territory, $"{territory}/modifier",
            $"{root}/binomes", $"{root}/binomes/nouveau", pair, "/personnes", "/personnes/nouvelle", person,
            $"{root}/seances", $"{session}/dater", session, $"{session}/annuler", $"{session}/avis", sheet, $"{root}/presences", $"{root}/vote",
            $"{root}/suivi", journal, $"{root}/comites", committee, meeting, $"{root}/rappels", $"{root}/feuilles-de-route", roadmap,
            $"{root}/ressources", $"{root}/ressources/ajouter", resource, $"{root}/ressources?seance={session.Split('/')[^1]}",
        ];
        var violations = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            violations.AddRange(await SeriousViolationsAsync(page));
        }
        // Forms refused, with their errors beside the fields.
        await page.GotoAsync("/promotions/nouvelle");
        // The browser's own checks are set aside, as a client without them would: the server's messages are what is tested.
        await page.Locator("main form").EvaluateAsync("f => f.noValidate = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la promotion" }).ClickAsync();
        await Expect(page.Locator("#erreurs")).ToBeVisibleAsync();
        violations.AddRange(await SeriousViolationsAsync(page));
        await page.GotoAsync($"{root}/territoires/import");
        await page.GetByLabel("Fichier CSV des territoires").SetInputFilesAsync(new FilePayload
        {
            Name = "t.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes("nom;type;région;structure\r\nX;Commune;Atlantide;Collectivité\r\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir ce qui sera importé" }).ClickAsync();
        await Expect(page.Locator("#lignes-erreurs")).ToBeVisibleAsync();
        violations.AddRange(await SeriousViolationsAsync(page));
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task EveryPageOfTheCoachTheCommitteeAndTheAdministration_HasNoSeriousOrCriticalAxeViolation()
    {
        var violations = new List<string>();
        async Task WalkAsync(string email, string password, Func<IPage, Task<IReadOnlyList<string>>> paths)
        {
            await using var context = await web.NewContextAsync();
            var page = await web.SignInAsync(context, email, password);
            foreach (var path in await paths(page))
            {
                await page.GotoAsync(path);
                Assert.Equal(1, await page.Locator("h1").CountAsync());
                violations.AddRange(await SeriousViolationsAsync(page));
            }
        }
        async Task<string> LinkAsync(IPage page, string from, string selector)
        {
            await page.GotoAsync(from);
            return (await page.Locator(selector).First.GetAttributeAsync("href"))!;
        }
        await WalkAsync("accompagnement@parcours.demo", BrowserFixture.DemoPassword, async page =>
        {
            // A territory the coach has already met (its journal has entries to edit).
            await page.GotoAsync("/accompagnement");
            var journal = (await page.Locator("tbody tr").Filter(new() { HasNotText = "jamais" }).First.Locator("a[href^='/journal/']").GetAttributeAsync("href"))!;
            var review = await LinkAsync(page, "/accompagnement", "main a[href^='/relecture/']");
            var edit = await LinkAsync(page, journal, "main a[href^='/journal/notes/']");
            return ["/", "/accompagnement", journal, $"{journal}/visite", edit, review];
        });
        await WalkAsync("comite@parcours.demo", BrowserFixture.DemoPassword, async page =>
        {
            var meeting = await LinkAsync(page, "/comites", "main a[href*='/reunions/']");
            var register = await LinkAsync(page, "/comites", "main a[href$='/registre']");
            var report = await LinkAsync(page, "/comites", "main a[href^='/comites/rapport/']");
            return ["/", "/comites", meeting, register, report, $"{report}?date=2018-09-20"];
        });
        await WalkAsync(Support.ParcoursApp.AdminEmail, Support.ParcoursApp.AdminPassword, async page =>
        {
            var link = await LinkAsync(page, "/administration/comptes", "main a[href$='/personne']");
            var erase = await LinkAsync(page, "/administration/personnes", "main a[href$='/supprimer']");
            var history = await LinkAsync(page, "/administration/personnes", "main a[href^='/historique/']");
            return ["/", "/administration/comptes", "/administration/comptes/nouveau", link, "/administration/personnes", erase, history,
                "/administration/journal", "/administration/journal?du=2030-01-01&au=2020-01-01", "/administration/conservation"];
        });
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>Presses Enter on what has the focus, and waits for the page it leads to.</summary>
    private static async Task EnterAsync(IPage page)
    {
        var before = page.Url;
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url != before);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private static Task<string> FocusedTextAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");

    /// <summary>Presses Tab until the element matching the selector has the focus (at most 200 times).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        for (var i = 0; i < 200; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"The keyboard never reached « {selector} » on {page.Url}.");
    }
}
