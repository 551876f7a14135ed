using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>What a catalyst sees: their cohort's territories and their own binôme, nothing more.</summary>
[Collection(ApiCollection.Name)]
public sealed class CatalystScopeTests(ApiFixture api)
{
    [Fact]
    public async Task Catalyst_ReadsTheirCohortAndItsTerritories()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Ma promotion");
        var (territoryId, _, first, _) = await s.PairAsync();
        await s.TerritoryAsync("Voisin", status: "Accepted");
        var catalyst = await api.CatalystAsync(first);

        var cohorts = await catalyst.GetAsync("/api/cohorts", 200);
        Assert.Equal([s.CohortId], cohorts.GetProperty("items").EnumerateArray().Select(c => c.Id()));
        await catalyst.GetAsync($"/api/cohorts/{s.CohortId}", 200);
        var territories = await catalyst.GetAsync($"/api/cohorts/{s.CohortId}/territories", 200);
        Assert.Equal(2, territories.GetProperty("total").GetInt32());
        var own = await catalyst.GetAsync($"/api/cohorts/{s.CohortId}/territories/{territoryId}", 200);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, own.GetProperty("history").ValueKind);
        await catalyst.GetAsync($"/api/cohorts/{s.CohortId}/territories/counts", 200);
    }

    [Fact]
    public async Task Catalyst_SeesOnlyTheirOwnPair()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, ownPair, first, _) = await s.PairAsync();
        var (_, otherPair, _, _) = await s.PairAsync();
        var catalyst = await api.CatalystAsync(first);

        var pairs = await catalyst.GetAsync($"/api/cohorts/{s.CohortId}/pairs", 200);
        Assert.Equal([ownPair], pairs.GetProperty("items").EnumerateArray().Select(p => p.Id()));
        await catalyst.GetAsync($"/api/pairs/{ownPair}", 200);
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/pairs/{otherPair}"), 404, "not-found");
        var me = await catalyst.GetAsync("/api/me", 200);
        Assert.Equal([ownPair], me.GetProperty("pairs").EnumerateArray().Select(p => p.Id()));
    }

    [Fact]
    public async Task Catalyst_GetsNotFoundForAnotherCohort_AsIfItDidNotExist()
    {
        var mine = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, first, _) = await mine.PairAsync();
        var other = await new Scenario(api.Coordinator).CohortAsync("Autre promotion");
        await other.PairAsync();
        var catalyst = await api.CatalystAsync(first);

        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/cohorts/{other.CohortId}"), 404);
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/cohorts/{other.CohortId}/territories"), 404);
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/cohorts/{other.CohortId}/pairs"), 404);
        // Same answer as for a cohort that does not exist at all.
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/cohorts/{Guid.NewGuid()}"), 404);
    }

    [Fact]
    public async Task Catalyst_ReplacedInTheirPair_LosesSightOfTheCohort()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, pairId, first, _) = await s.PairAsync();
        var catalyst = await api.CatalystAsync(first);
        await catalyst.GetAsync($"/api/cohorts/{s.CohortId}", 200);
        await api.Coordinator.PostAsync($"/api/pairs/{pairId}/replace", new { outgoingPersonId = first, incomingPersonId = await s.PersonAsync(), date = "2018-06-15" }, 200);
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/cohorts/{s.CohortId}"), 404);
    }

    [Fact]
    public async Task CatalystAccountWithoutAPerson_SeesNoCohort()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var catalyst = await api.NewAccountAsync("Catalyst");
        var cohorts = await catalyst.GetAsync("/api/cohorts", 200);
        Assert.Equal(0, cohorts.GetProperty("total").GetInt32());
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/cohorts/{s.CohortId}"), 404);
    }
}
