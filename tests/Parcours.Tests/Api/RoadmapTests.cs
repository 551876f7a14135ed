using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class RoadmapTests(ApiFixture api)
{
    private sealed record World(Scenario S, Guid Territory, string Base, HttpClient A, HttpClient B, HttpClient Coach, HttpClient OtherCatalyst, HttpClient Member);

    private async Task<World> WorldAsync()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion « feuilles de route »");
        var (territory, _, a, b) = await s.PairAsync();
        var (_, _, other, _) = await s.PairAsync();
        var coachPerson = await s.PersonAsync("Pierre", "Vasseur");
        var coach = await api.NewAccountAsync("Coach", coachPerson);
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/coach-assignments", new { territoryId = territory, coachPersonId = coachPerson, fromDate = "2018-01-15" }, 201);
        var memberPerson = await s.PersonAsync("Isabelle", "Roux");
        var committee = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/committees", new { kind = "Orientation" }, 201)).Id();
        await api.Coordinator.PostAsync($"/api/committees/{committee}/seats", new { organisation = "Caisse des Dépôts", personId = memberPerson, joinedOn = "2018-01-01" }, 200);
        return new World(s, territory, $"/api/cohorts/{s.CohortId}/territories/{territory}/roadmap",
            await api.CatalystAsync(a), await api.CatalystAsync(b), coach, await api.CatalystAsync(other), await api.NewAccountAsync("CommitteeMember", memberPerson));
    }

    [Fact]
    public async Task WhoSeesTheRoadmapButMayNotDoThis_Gets403WithTheRule_WhoDoesNotSeeIt_Gets404()
    {
        var w = await WorldAsync();
        // A coordinator who is also a catalyst of another binôme: reads every roadmap, writes only their own.
        var (_, _, own, _) = await w.S.PairAsync();
        var email = $"coordination-catalyst-{Guid.NewGuid():N}@tests.parcours";
        await Http.ExpectAsync(await api.Admin.PostAsJsonAsync("/api/admin/accounts",
            new { email, password = ParcoursApp.Password, roles = new[] { Parcours.Application.Common.Roles.Coordinator, Parcours.Application.Common.Roles.Catalyst }, personId = own }), 201);
        var both = await api.App.LoginAsync(email, ParcoursApp.Password);
        await both.GetAsync(w.Base, 200);
        var refused = await Http.ExpectProblemAsync(await both.PutAsJsonAsync($"{w.Base}/sections/enjeux", new { text = "pas mon territoire", version = 0 }), 403, "roadmap-pair-only");
        Assert.Contains("Seul le binôme du territoire", refused.Str("detail"));
        await w.A.PutAsync($"{w.Base}/sections/enjeux", new { text = "Un diagnostic partagé.", version = 0 }, 200);
        await w.A.PostAsync($"{w.Base}/submit", new { version = 1 }, 200);
        // Nothing changed by the refusals.
        Assert.Equal("Un diagnostic partagé.", (await w.A.GetAsync(w.Base, 200)).GetProperty("sections").EnumerateArray().Single(x => x.Str("key") == "enjeux").Str("text"));
        // Who does not see it at all: « introuvable ».
        await Http.ExpectProblemAsync(await w.OtherCatalyst.PutAsJsonAsync($"{w.Base}/sections/enjeux", new { text = "intrusion", version = 1 }), 404);
    }

    [Fact]
    public async Task BothMembersWrite_AndAStaleWriteComesBackWithTheCurrentText()
    {
        var w = await WorldAsync();
        var blank = await w.A.GetAsync(w.Base, 200);
        Assert.Equal(0, blank.GetProperty("version").GetInt32());
        Assert.Equal(9, blank.GetProperty("sections").GetArrayLength());

        var v1 = await w.A.PutAsync($"{w.Base}/sections/enjeux", new { text = "Un territoire **rural**.", version = 0 }, 200);
        Assert.Equal(1, v1.GetProperty("version").GetInt32());
        await w.B.PutAsync($"{w.Base}/sections/freins", new { text = "Des élus peu disponibles.", version = 1 }, 200);

        var stale = await w.A.PutAsJsonAsync($"{w.Base}/sections/objectifs", new { text = "Écrit sur la version 1", version = 1 });
        var problem = await Http.ExpectProblemAsync(stale, 409, "roadmap-stale");
        var current = problem.GetProperty("current");
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal("Des élus peu disponibles.", current.GetProperty("sections").EnumerateArray().Single(x => x.Str("key") == "freins").Str("text"));

        using var ifMatch = new HttpRequestMessage(HttpMethod.Put, $"{w.Base}/sections/objectifs") { Content = JsonContent.Create(new { text = "Avec If-Match" }) };
        ifMatch.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        await Http.ExpectProblemAsync(await w.A.SendAsync(ifMatch), 412, "roadmap-stale");

        var now = await w.B.GetAsync(w.Base, 200);
        Assert.Equal("", now.GetProperty("sections").EnumerateArray().Single(x => x.Str("key") == "objectifs").Str("text"));
        Assert.Equal(2, now.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task TheWorkflow_FromDraftToValidated_KeepsEverySubmittedVersion()
    {
        var w = await WorldAsync();
        await Http.ExpectProblemAsync(await w.A.PostAsJsonAsync($"{w.Base}/submit", new { version = 0 }), 409, "roadmap-empty");
        await w.A.PutAsync($"{w.Base}/sections/enjeux", new { text = "Première rédaction.", version = 0 }, 200);
        await w.A.PutAsync($"{w.Base}/actions", new
        {
            version = 1,
            actions = new[] { new { title = "Réunir les acteurs", partners = "Mairie, CAF", owner = "Claire", deadline = "2018-12-01", indicator = "Partenaires présents", status = "Planned" } },
        }, 200);
        var submitted = await w.A.PostAsync($"{w.Base}/submit", new { version = 2 }, 200);
        Assert.Equal("Submitted", submitted.Str("status"));
        await Http.ExpectProblemAsync(await w.B.PutAsJsonAsync($"{w.Base}/sections/enjeux", new { text = "pendant la relecture", version = 2 }), 409, "roadmap-submitted");

        var comment = await w.Coach.PostAsync($"{w.Base}/comments", new { sectionKey = "enjeux", text = "Précisez les fragilités." }, 201);
        await Http.ExpectProblemAsync(await w.B.PostAsJsonAsync($"{w.Base}/comments", new { text = "Sans répondre à rien" }), 400, "validation");
        await w.B.PostAsync($"{w.Base}/comments", new { text = "C'est fait.", replyToId = comment.Id() }, 201);
        await Http.ExpectProblemAsync(await w.A.PostAsJsonAsync($"{w.Base}/validate", new { }), 403);
        var changes = await w.Coach.PostAsync($"{w.Base}/request-changes", new { comment = "Encore un effort." }, 200);
        Assert.Equal("ChangesRequested", changes.Str("status"));

        await w.B.PutAsync($"{w.Base}/sections/enjeux", new { text = "Deuxième rédaction, fragilités précisées.", version = 2 }, 200);
        await w.B.PostAsync($"{w.Base}/submit", new { version = 3 }, 200);
        var validated = await api.Coordinator.PostAsync($"{w.Base}/validate", new { }, 200);
        Assert.Equal("Validated", validated.Str("status"));

        var versions = (await w.A.GetAsync($"{w.Base}/versions", 200)).EnumerateArray().ToList();
        Assert.Equal(["ChangesRequested", "Validated"], versions.Select(v => v.Str("outcome")));
        var comparison = await w.Coach.GetAsync($"{w.Base}/versions/1/compare/2", 200);
        var enjeux = comparison.GetProperty("sections").EnumerateArray().Single(x => x.Str("key") == "enjeux");
        Assert.True(enjeux.GetProperty("changed").GetBoolean());
        Assert.Equal("Première rédaction.", enjeux.Str("before"));
        Assert.False(comparison.GetProperty("sections").EnumerateArray().Single(x => x.Str("key") == "freins").GetProperty("changed").GetBoolean());

        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"{w.Base}/versions/1/pitched", new { }), 409, "roadmap-pitch-not-validated");
        Assert.True((await api.Coordinator.PostAsync($"{w.Base}/versions/2/pitched", new { }, 200)).GetProperty("pitched").GetBoolean());
        Assert.Equal(3, (await w.A.GetAsync($"{w.Base}/comments", 200)).GetArrayLength());
    }

    [Fact]
    public async Task NobodyReadsAnotherTerritorysDraft_AndCommitteesReadValidatedVersionsOnly()
    {
        var w = await WorldAsync();
        await w.A.PutAsync($"{w.Base}/sections/enjeux", new { text = "Brouillon confidentiel.", version = 0 }, 200);

        await Http.ExpectProblemAsync(await w.OtherCatalyst.GetAsync(w.Base), 404);
        await Http.ExpectProblemAsync(await w.OtherCatalyst.PutAsJsonAsync($"{w.Base}/sections/enjeux", new { text = "intrusion", version = 1 }), 404);
        await Http.ExpectProblemAsync(await w.OtherCatalyst.GetAsync($"{w.Base}.pdf"), 404);
        await Http.ExpectProblemAsync(await api.Coach.GetAsync(w.Base), 404);
        await Http.ExpectProblemAsync(await w.Member.GetAsync(w.Base), 404);
        await Http.ExpectProblemAsync(await w.Member.GetAsync($"{w.Base}.pdf"), 404);
        Assert.Empty((await w.Member.GetAsync($"/api/cohorts/{w.S.CohortId}/roadmaps", 200)).EnumerateArray());
        await Http.ExpectProblemAsync(await w.Coach.PutAsJsonAsync($"{w.Base}/sections/enjeux", new { text = "le coach écrit", version = 1 }), 403);

        await w.A.PostAsync($"{w.Base}/submit", new { version = 1 }, 200);
        await api.Coordinator.PostAsync($"{w.Base}/validate", new { }, 200);
        await w.A.PutAsync($"{w.Base}/sections/enjeux", new { text = "Nouveau brouillon après validation.", version = 1 }, 200);

        Assert.Equal([1], (await w.Member.GetAsync($"{w.Base}/versions", 200)).EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        var pdf = await w.Member.GetAsync($"{w.Base}.pdf");
        var text = string.Join("\n", await Pdf.TextAsync(await pdf.Content.ReadAsByteArrayAsync()));
        Assert.Contains("Brouillon confidentiel.", text);
        Assert.DoesNotContain("Nouveau brouillon", text);
        Assert.Single((await w.Member.GetAsync($"/api/cohorts/{w.S.CohortId}/roadmaps", 200)).EnumerateArray());
    }

    [Fact]
    public async Task ThePdf_ReadsBackWithTheTerritoryTheActionsAndAccents()
    {
        var w = await WorldAsync();
        await w.A.PutAsync($"{w.Base}/sections/enjeux", new { text = "« Faire alliance » : élus, entreprises, associations.\n\n- mobilité\n- <script>alert(1)</script>", version = 0 }, 200);
        await w.A.PutAsync($"{w.Base}/actions", new { version = 1, actions = new[] { new { title = "Créer un tiers-lieu", status = "InProgress" } } }, 200);
        var response = await w.Coach.GetAsync($"{w.Base}.pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        await Pdf.AssertValidAsync(bytes);
        var text = string.Join("\n", await Pdf.TextAsync(bytes));
        var territory = (await w.A.GetAsync(w.Base, 200)).Str("territoryName");
        Assert.Contains(territory[..10], text);
        Assert.Contains("« Faire alliance »", text);
        Assert.Contains("Créer un tiers-lieu", text);
        Assert.Contains("En cours", text);
        Assert.Contains("<script>alert(1)</script>", text);
        Assert.Contains("Promotion « feuilles de route »", text);
    }

    [Theory]
    [InlineData("{\"version\":0,\"actions\":[{\"title\":\"A\",\"deadline\":\"pas une date\",\"status\":\"Planned\"}]}", "malformed-request")]
    [InlineData("{\"version\":0,\"actions\":[{\"title\":\" \",\"status\":\"Planned\"}]}", "validation")]
    [InlineData("{\"actions\":[]}", "validation")]
    public async Task BadActions_AreRefused_AndNothingChanges(string body, string type)
    {
        var w = await WorldAsync();
        await Http.ExpectProblemAsync(await w.A.PutAsync($"{w.Base}/actions", new StringContent(body, System.Text.Encoding.UTF8, "application/json")), 400, type);
        Assert.Equal(0, (await w.A.GetAsync(w.Base, 200)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task TheCohortBundle_GathersValidatedRoadmaps_AsOnePdfAndAsAZip()
    {
        var w = await WorldAsync();
        await w.A.PutAsync($"{w.Base}/sections/enjeux", new { text = "Validée.", version = 0 }, 200);
        await w.A.PostAsync($"{w.Base}/submit", new { version = 1 }, 200);
        await api.Coordinator.PostAsync($"{w.Base}/validate", new { }, 200);
        var territory = (await w.A.GetAsync(w.Base, 200)).Str("territoryName");

        var pdf = await (await w.Member.GetAsync($"/api/cohorts/{w.S.CohortId}/roadmaps/bundle.pdf")).Content.ReadAsByteArrayAsync();
        await Pdf.AssertValidAsync(pdf);
        var pages = await Pdf.TextAsync(pdf);
        Assert.Contains("Sommaire", pages[1]);
        Assert.Contains(territory, pages[1]);

        var zip = await (await w.Member.GetAsync($"/api/cohorts/{w.S.CohortId}/roadmaps/bundle.zip")).Content.ReadAsByteArrayAsync();
        using var archive = new ZipArchive(new MemoryStream(zip));
        var entry = Assert.Single(archive.Entries);
        Assert.EndsWith(".pdf", entry.Name);
        await Http.ExpectProblemAsync(await w.OtherCatalyst.GetAsync($"/api/cohorts/{w.S.CohortId}/roadmaps/bundle.pdf"), 403);
    }
}
