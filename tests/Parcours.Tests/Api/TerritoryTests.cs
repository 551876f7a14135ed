using System.Net.Http.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class TerritoryTests(ApiFixture api)
{
    private string Base(Scenario s) => $"/api/cohorts/{s.CohortId}/territories";

    [Fact]
    public async Task InvitationLifecycle_KeepsEveryDatedStep()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.TerritoryAsync("Pays de Redon", status: "Withdrawn");
        var territory = await api.Coordinator.GetAsync($"{Base(s)}/{id}", 200);
        Assert.Equal("Withdrawn", territory.Str("status"));
        Assert.Equal("Changement d'équipe", territory.Str("statusReason"));
        var history = territory.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["Solicited", "Accepted", "Withdrawn"], history.Select(h => h.Str("status")));
        Assert.Equal(["2018-01-05", "2018-01-10", "2018-06-01"], history.Select(h => h.Str("date")));
        Assert.All(history, h => Assert.False(string.IsNullOrEmpty(h.Str("recordedBy"))));
    }

    [Fact]
    public async Task AcceptingADeclinedTerritory_Is409AndChangesNothing()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.TerritoryAsync(status: "Declined");
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"{Base(s)}/{id}/accept", new { date = "2018-02-01" }), 409, "participation-not-solicited");
        Assert.Contains("a refusé", problem.Str("detail"));
        var territory = await api.Coordinator.GetAsync($"{Base(s)}/{id}", 200);
        Assert.Equal("Declined", territory.Str("status"));
        Assert.Equal(2, territory.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task AcceptingTwice_Is409()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.TerritoryAsync(status: "Accepted");
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"{Base(s)}/{id}/accept", new { date = "2018-02-01" }), 409, "participation-not-solicited");
    }

    [Fact]
    public async Task DecliningWithoutAReason_Is400()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.TerritoryAsync();
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"{Base(s)}/{id}/decline", new { date = "2018-02-01" }), 400, "validation");
        Assert.Equal("Le motif est obligatoire.", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal("Solicited", (await api.Coordinator.GetAsync($"{Base(s)}/{id}", 200)).Str("status"));
    }

    [Fact]
    public async Task InvitingTheSameTerritoryTwice_Is409()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.TerritoryAsync();
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync(Base(s), new { territoryId = id }), 409, "territory-already-invited");
    }

    [Fact]
    public async Task List_FiltersByStatusRegionAndKind_CountsPerStatus_AndPages()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        await s.TerritoryAsync("A — Brest", "Accepted", "Commune", "Bretagne");
        await s.TerritoryAsync("B — Lorient", "Accepted", "Intercommunalite", "Bretagne");
        await s.TerritoryAsync("C — Lille", "Accepted", "Commune", "HautsDeFrance");
        await s.TerritoryAsync("D — Gers", "Declined", "Departement", "Occitanie");
        await s.TerritoryAsync("E — Nice", "Solicited", "Intercommunalite", "ProvenceAlpesCoteDAzur");

        var accepted = await api.Coordinator.GetAsync($"{Base(s)}?status=Accepted", 200);
        Assert.Equal(3, accepted.GetProperty("total").GetInt32());
        var breton = await api.Coordinator.GetAsync($"{Base(s)}?status=Accepted&region=Bretagne&kind=Commune", 200);
        Assert.Equal(["A — Brest"], breton.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("territory").Str("name")));

        var page2 = await api.Coordinator.GetAsync($"{Base(s)}?page=2&pageSize=2", 200);
        Assert.Equal(5, page2.GetProperty("total").GetInt32());
        Assert.Equal(["C — Lille", "D — Gers"], page2.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("territory").Str("name")));

        var counts = await api.Coordinator.GetAsync($"{Base(s)}/counts", 200);
        Assert.Equal(5, counts.GetProperty("total").GetInt32());
        var byStatus = counts.GetProperty("byStatus").EnumerateArray().ToDictionary(c => c.Str("status"), c => c.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Solicited"] = 1, ["Accepted"] = 3, ["Declined"] = 1, ["Withdrawn"] = 0 }, byStatus);
    }

    [Fact]
    public async Task ListTotals_FollowEveryChange_LikeACountOfTheRows()
    {
        // The list's totals come from tallies the database keeps as participations change: after solicitations,
        // an import, acceptances, a refusal, a withdrawal and a refused change, they say what a count of the rows says.
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var first = await s.TerritoryAsync("A — Brest", "Accepted");
        await s.TerritoryAsync("B — Lorient", "Withdrawn", "Intercommunalite");
        var declined = await s.TerritoryAsync("C — Lille", "Declined", "Commune", "HautsDeFrance");
        var gers = await s.TerritoryAsync("D — Gers", "Solicited", "Departement", "Occitanie");
        var csv = new StringContent("nom;type;région;structure\nE — Nice;Commune;Bretagne;Association\nF — Pau;Commune;Bretagne;Association\n",
            System.Text.Encoding.UTF8, "text/csv");
        await Http.ExpectAsync(await api.Coordinator.PostAsync($"{Base(s)}/import?date=2018-01-06", csv), 200);
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"{Base(s)}/{declined}/accept", new { date = "2018-02-01" }), 409);
        await api.Coordinator.PostAsync($"{Base(s)}/{first}/withdraw", new { date = "2018-03-01", reason = "Fusion de communes" }, 200);
        // A territory's profile changes: its facets on the participation, and the tallies, follow.
        await api.Coordinator.PutAsync($"/api/territories/{gers}", Scenario.Profile("D — Gers", "Departement", "NouvelleAquitaine"), 200);

        var counts = (await api.Coordinator.GetAsync($"{Base(s)}/counts", 200)).GetProperty("byStatus").EnumerateArray()
            .ToDictionary(c => c.Str("status"), c => c.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Solicited"] = 3, ["Accepted"] = 0, ["Declined"] = 1, ["Withdrawn"] = 2 }, counts);
        Assert.Equal(6, (await api.Coordinator.GetAsync($"{Base(s)}?pageSize=2", 200)).GetProperty("total").GetInt32());
        var filters = counts.Keys.Select(status => $"status={status}")
            .Concat(["region=Bretagne", "region=Occitanie", "region=NouvelleAquitaine", "kind=Commune", "region=Bretagne&kind=Commune&status=Solicited",
                "carrierKind=Association", "kind=Intercommunalite&status=Withdrawn"]);
        foreach (var filter in filters)
        {
            var page = await api.Coordinator.GetAsync($"{Base(s)}?{filter}&pageSize=100", 200);
            Assert.True(page.GetProperty("items").GetArrayLength() == page.GetProperty("total").GetInt32(), $"{filter}: total differs from the rows");
        }
        Assert.Equal(1, (await api.Coordinator.GetAsync($"{Base(s)}?region=NouvelleAquitaine", 200)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await api.Coordinator.GetAsync($"{Base(s)}?region=Occitanie", 200)).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?status=Peut-être")]
    [InlineData("?page=0")]
    [InlineData("?page=2147483647&pageSize=100")]
    [InlineData("?pageSize=1000")]
    public async Task List_WithBadParameters_Is400(string query)
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        await Http.ExpectProblemAsync(await api.Coordinator.GetAsync(Base(s) + query), 400);
    }

    [Fact]
    public async Task Profile_WithAnUnknownRegion_Is400AndNothingIsCreated()
    {
        var name = $"Inconnu {Guid.NewGuid():N}";
        var response = await api.Coordinator.PostAsJsonAsync("/api/territories", new { name, kind = "Commune", region = "Atlantide", carrierKind = "Association" });
        await Http.ExpectProblemAsync(response, 400, "malformed-request");
        var people = await api.Coordinator.PostAsJsonAsync("/api/territories", new { name = "", kind = "Commune", region = "Bretagne", carrierKind = "Association", contactEmail = "pas-une-adresse" });
        var errors = (await Http.ExpectProblemAsync(people, 400, "validation")).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("contactEmail", out _));
    }

    [Fact]
    public async Task RenamingATerritory_ShowsTheNewNameAndRegionInItsCohortLists()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.TerritoryAsync("Ancien nom", region: "Bretagne");
        await s.TerritoryAsync("Mairie voisine", region: "Bretagne");
        await api.Coordinator.PutAsync($"/api/territories/{id}", Scenario.Profile("Zénith — nouveau nom", region: "Normandie"), 200);
        var list = await api.Coordinator.GetAsync($"{Base(s)}?pageSize=100", 200);
        Assert.Equal(["Mairie voisine", "Zénith — nouveau nom"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("territory").Str("name")));
        var normandie = await api.Coordinator.GetAsync($"{Base(s)}?region=Normandie", 200);
        Assert.Equal([id], normandie.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("territory").Id()));
        var search = await api.Coordinator.GetAsync($"{Base(s)}?search=nouveau", 200);
        Assert.Equal(1, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task OfficialCode_NamesOneTerritoryOnly()
    {
        var code = Guid.NewGuid().ToString("N")[..12];
        await api.Coordinator.PostAsync("/api/territories", Scenario.Profile(code: code), 201);
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync("/api/territories", Scenario.Profile(code: code)), 409, "territory-code-taken");
    }
}
