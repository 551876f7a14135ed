using System.Net.Http.Json;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>
/// The resource library over HTTP: who reads what (the cohort, the programme, everyone), search by words without
/// accents or case, by M.E.D.O.C. category, theme and session, pages without total, documents checked and read
/// back byte for byte, and the next edition that keeps the library.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ResourceLibraryTests(ApiFixture api)
{
    private static object Link(string title, string visibility, Guid? sessionId = null, string kind = "Methodes", string[]? themes = null,
        string url = "https://coconstructionterritoriale.wordpress.com/") =>
        new { title, description = "Une ressource de test.", kind, themes = themes ?? ["CoConstructionModels"], visibility, sessionId, url };

    private static HashSet<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.Id())];

    [Fact]
    public async Task EachReader_ReadsWhatIsOpenToThem_AndNothingElseIsFound()
    {
        var a = await new Scenario(api.Coordinator).CohortAsync("Promotion A des ressources");
        var b = await new Scenario(api.Coordinator).CohortAsync("Promotion B des ressources");
        var (territoryA, _, catalystA, _) = await a.PairAsync();
        var (_, _, catalystB, _) = await b.PairAsync();
        var readerA = await api.CatalystAsync(catalystA);
        var readerB = await api.CatalystAsync(catalystB);
        // A coach of a territory of A, and a committee member seated on A's comité d'orientation.
        var coachPerson = await a.PersonAsync("Pierre", "Vasseur");
        var coach = await api.NewAccountAsync("Coach", coachPerson);
        await api.Coordinator.PostAsync($"/api/cohorts/{a.CohortId}/coach-assignments", new { territoryId = territoryA, coachPersonId = coachPerson, fromDate = "2018-01-01" }, 201);
        var orientation = (await api.Coordinator.PostAsync($"/api/cohorts/{a.CohortId}/committees", new { kind = "Orientation" }, 201)).Id();
        var memberPerson = await a.PersonAsync("Isabelle", "Roux");
        await api.Coordinator.PostAsync($"/api/committees/{orientation}/seats", new { organisation = "Caisse des Dépôts", personId = memberPerson, joinedOn = "2018-02-01" }, 200);
        var member = await api.NewAccountAsync("CommitteeMember", memberPerson);
        var outsider = await api.NewAccountAsync("CommitteeMember", await a.PersonAsync("Paul", "Sans-Siège"));

        var cohortOnly = (await api.Coordinator.PostAsync($"/api/cohorts/{a.CohortId}/resources", Link("A pour la promotion", "Cohort"), 201)).Id();
        var programme = (await api.Coordinator.PostAsync($"/api/cohorts/{a.CohortId}/resources", Link("A pour le programme", "Programme"), 201)).Id();
        var everyone = (await api.Coordinator.PostAsync($"/api/cohorts/{a.CohortId}/resources", Link("A pour tous", "Everyone"), 201)).Id();
        var ofB = (await api.Coordinator.PostAsync($"/api/cohorts/{b.CohortId}/resources", Link("B pour la promotion", "Cohort"), 201)).Id();

        async Task<HashSet<Guid>> SeenAsync(HttpClient client) =>
            [.. Ids(await client.GetAsync($"/api/resources?cohortId={a.CohortId}", 200)), .. Ids(await client.GetAsync($"/api/resources?cohortId={b.CohortId}", 200))];
        Assert.Equal([cohortOnly, programme, everyone, ofB], (await SeenAsync(api.Coordinator)).Order());
        Assert.Equal([cohortOnly, programme, everyone], (await SeenAsync(readerA)).Order());
        Assert.Equal([cohortOnly, programme, everyone], (await SeenAsync(coach)).Order());
        Assert.Equal([cohortOnly, programme, everyone], (await SeenAsync(member)).Order());
        Assert.Equal([programme, everyone, ofB], (await SeenAsync(readerB)).Order());
        // Signed in but taking part in no cohort: only what is open to everyone.
        Assert.Equal([everyone], (await SeenAsync(outsider)).Order());
        Assert.Equal([everyone], (await SeenAsync(api.Admin)).Order());

        // Reading one directly follows the same rule: « introuvable », whether it exists or not.
        var refused = await Http.ExpectProblemAsync(await readerB.GetAsync($"/api/resources/{cohortOnly}"), 404);
        Assert.Contains("introuvable", refused.Str("detail"));
        await Http.ExpectProblemAsync(await outsider.GetAsync($"/api/resources/{programme}"), 404);
        Assert.Equal("A pour la promotion", (await member.GetAsync($"/api/resources/{cohortOnly}", 200)).Str("title"));
        await Http.ExpectProblemAsync(await api.Anonymous.GetAsync("/api/resources"), 401);

        // Opening it to everyone is seen at once; taking it out, too.
        await api.Coordinator.PutAsync($"/api/resources/{cohortOnly}", new { title = "A pour tous désormais", kind = "Outils", themes = new[] { "TiersLieux" }, visibility = "Everyone" }, 200);
        Assert.Equal("A pour tous désormais", (await outsider.GetAsync($"/api/resources/{cohortOnly}", 200)).Str("title"));
        await Http.ExpectAsync(await api.Coordinator.DeleteAsync($"/api/resources/{cohortOnly}"), 204);
        await Http.ExpectProblemAsync(await readerA.GetAsync($"/api/resources/{cohortOnly}"), 404);
        Assert.DoesNotContain(cohortOnly, await SeenAsync(api.Coordinator));
    }

    [Fact]
    public async Task TheLibrary_IsSearchedByWordsWithoutAccents_ByCategoryThemeAndSession_APageAtATime()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion de la recherche");
        var (_, _, person, _) = await s.PairAsync();
        var reader = await api.CatalystAsync(person);
        var s2 = await s.SessionIdAsync(2);
        var tiers = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/resources",
            Link("Égalité des territoires : un Tiers-Lieu rural", "Cohort", s2, "Exemples", ["TiersLieux", "FragilitiesAndAlliances"]), 201)).Id();
        var grid = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/resources", Link("Grille de revue des actions", "Cohort", kind: "Outils"), 201)).Id();
        var list = $"/api/resources?cohortId={s.CohortId}";

        Assert.Equal([tiers], Ids(await reader.GetAsync($"{list}&q=egalite%20TIERS-lieu", 200)));
        Assert.Equal([grid], Ids(await reader.GetAsync($"{list}&q=revue", 200)));
        Assert.Empty(Ids(await reader.GetAsync($"{list}&q=revue%20tiers", 200)));
        Assert.Equal([tiers], Ids(await reader.GetAsync($"{list}&kind=Exemples", 200)));
        Assert.Equal([tiers], Ids(await reader.GetAsync($"{list}&theme=FragilitiesAndAlliances", 200)));
        Assert.Empty(Ids(await reader.GetAsync($"{list}&theme=CsrAndPartnerships", 200)));
        var supports = await reader.GetAsync($"/api/resources?sessionId={s2}", 200);
        var support = Assert.Single(supports.GetProperty("items").EnumerateArray());
        Assert.Equal(2, support.GetProperty("sessionNumber").GetInt32());
        Assert.Equal("Promotion de la recherche", support.Str("cohortTitle"));
        Assert.Equal("Exemples", supports.GetProperty("kindLabels").Str("Exemples"));
        Assert.Equal("Tiers-lieux et dialogue territorial", supports.GetProperty("themeLabels").Str("TiersLieux"));

        // 21 more: a page of 20 in title order says there is more, the next one holds the rest.
        for (var i = 0; i < 21; i++)
        {
            await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/resources", Link($"Fiche {i:00} du lot", "Cohort", kind: "Donnees"), 201);
        }
        var first = await reader.GetAsync($"{list}&kind=Donnees", 200);
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal("Fiche 00 du lot", first.GetProperty("items")[0].Str("title"));
        var second = await reader.GetAsync($"{list}&kind=Donnees&page=2", 200);
        Assert.False(second.GetProperty("hasMore").GetBoolean());
        Assert.Equal("Fiche 20 du lot", Assert.Single(second.GetProperty("items").EnumerateArray()).Str("title"));
        Assert.False(first.TryGetProperty("total", out _));

        // What a client may send wrong is a French 400.
        foreach (var bad in new[] { "kind=Inconnu", "kind=99", "theme=42", "page=0", "page=abc", "cohortId=pas-un-id" })
        {
            var problem = await Http.ExpectProblemAsync(await reader.GetAsync($"/api/resources?{bad}"), 400);
            Assert.False(string.IsNullOrWhiteSpace(problem.Str("title")), bad);
        }
    }

    [Fact]
    public async Task ADocument_IsCheckedByItsContent_StoredAndReadBackByteForByte_AndBadInputChangesNothing()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion des documents");
        var (_, _, person, _) = await s.PairAsync();
        var reader = await api.CatalystAsync(person);
        var s1 = await s.SessionIdAsync(1);
        var bytes = "%PDF-1.4\n% support de la séance S1\n%%EOF\n"u8.ToArray();
        MultipartFormDataContent Form(byte[] content, string fileName, string field = "fichier", string title = "Support S1", string kind = "Donnees")
        {
            var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(content), field, fileName },
                { new StringContent(title), "title" },
                { new StringContent(kind), "kind" },
                { new StringContent("PartnershipsInFrance"), "themes" },
                { new StringContent("FragilitiesAndAlliances"), "themes" },
                { new StringContent("Cohort"), "visibility" },
                { new StringContent(s1.ToString()), "sessionId" },
            };
            return form;
        }
        var url = $"/api/cohorts/{s.CohortId}/resources/documents";
        var created = await Http.ExpectAsync(await api.Coordinator.PostAsync(url, Form(bytes, "support-S1.pdf")), 201);
        Assert.Equal("Document", created.Str("format"));
        Assert.Equal(["PartnershipsInFrance", "FragilitiesAndAlliances"], created.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(1, created.GetProperty("sessionNumber").GetInt32());
        var download = await reader.GetAsync(created.Str("downloadUrl"));
        Assert.Equal(200, (int)download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        // A link has no file.
        var link = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/resources", Link("Un lien", "Cohort"), 201)).Id();
        await Http.ExpectProblemAsync(await reader.GetAsync($"/api/resources/{link}/file"), 404);

        var before = (await api.Coordinator.GetAsync($"/api/resources?cohortId={s.CohortId}", 200)).GetProperty("items").GetArrayLength();
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsync(url, Form("MZ\u0090\0exécutable"u8.ToArray(), "outil.exe")), 415);
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsync(url, Form(bytes, "support.pdf", field: "autre")), 400);
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsync(url, Form(bytes, "support.pdf", kind: "Inconnue")), 400);
        var untitled = await Http.ExpectProblemAsync(await api.Coordinator.PostAsync(url, Form(bytes, "support.pdf", title: " ")), 400);
        Assert.Contains("titre", untitled.GetProperty("errors").GetRawText());
        var other = await new Scenario(api.Coordinator).CohortAsync("Autre promotion");
        var foreignSession = await other.SessionIdAsync(1);
        async Task<JsonElement> BadLinkAsync(object body) =>
            await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/resources", body), 400);
        Assert.Contains("sessionId", (await BadLinkAsync(Link("Mauvaise séance", "Cohort", foreignSession))).GetProperty("errors").GetRawText());
        Assert.Contains("http", (await BadLinkAsync(Link("Script", "Cohort", url: "javascript:alert(1)"))).GetProperty("errors").GetRawText());
        await BadLinkAsync(new { title = "Sans lien", kind = "Methodes", visibility = "Cohort" });
        await BadLinkAsync(new { title = "Thème nul", kind = "Methodes", visibility = "Cohort", url = "https://exemple.fr", themes = new object?[] { null } });
        await BadLinkAsync(new { title = "Visibilité inconnue", kind = "Methodes", visibility = "Monde", url = "https://exemple.fr" });
        await BadLinkAsync(new { title = new string('x', 201), kind = "Methodes", visibility = "Cohort", url = "https://exemple.fr" });
        Assert.Equal(before, (await api.Coordinator.GetAsync($"/api/resources?cohortId={s.CohortId}", 200)).GetProperty("items").GetArrayLength());
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{Guid.NewGuid()}/resources", Link("Nulle part", "Cohort")), 404);
        await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/resources/{Guid.NewGuid()}", new { title = "x", kind = "Methodes", visibility = "Cohort" }), 404);
    }

    [Fact]
    public async Task TheNextEdition_KeepsTheLibrary_EachSupportOnTheSessionOfTheSameNumber()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion modèle des ressources");
        var s3 = await s.SessionIdAsync(3);
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/resources", Link("Support de S3", "Cohort", s3), 201);
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/resources", Link("Ressource de la promotion", "Programme"), 201);
        var next = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/next-edition", new { title = "Édition suivante des ressources", startDate = "2019-07-01" }, 201)).Id();

        var items = (await api.Coordinator.GetAsync($"/api/resources?cohortId={next}", 200)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Ressource de la promotion", "Support de S3"], items.Select(i => i.Str("title")));
        var support = items.Single(i => i.Str("title") == "Support de S3");
        var nextS3 = (await api.Coordinator.GetAsync($"/api/cohorts/{next}/sessions", 200)).EnumerateArray().Single(x => x.GetProperty("number").GetInt32() == 3).Id();
        Assert.Equal(nextS3, support.Id("sessionId"));
        Assert.Equal("Cohort", support.Str("visibility"));
        Assert.Null(items.Single(i => i.Str("title") == "Ressource de la promotion").GetProperty("sessionId").GetString());
    }
}
