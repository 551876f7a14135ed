using System.Net.Http.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class PairTests(ApiFixture api)
{
    [Fact]
    public async Task FormPair_ForAnAcceptedTerritory_ListsBothMembers()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (territoryId, pairId, first, second) = await s.PairAsync();
        var pair = await api.Coordinator.GetAsync($"/api/pairs/{pairId}", 200);
        Assert.True(pair.GetProperty("complete").GetBoolean());
        Assert.Equal(territoryId, pair.Id("territoryId"));
        Assert.Equal(new[] { first, second }.Order(), pair.GetProperty("members").EnumerateArray().Select(m => m.Id("personId")).Order());
    }

    [Fact]
    public async Task FormPair_ForATerritoryThatHasNotAccepted_Is409()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var territoryId = await s.TerritoryAsync(status: "Solicited");
        var body = new { territoryId, memberIds = new[] { await s.PersonAsync(), await s.PersonAsync() }, fromDate = "2018-03-01" };
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/pairs", body), 409, "pair-territory-not-accepted");
    }

    [Fact]
    public async Task FormPair_WithThreeMembersOrTheSamePersonTwice_Is400()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var territoryId = await s.TerritoryAsync(status: "Accepted");
        var a = await s.PersonAsync();
        var three = new { territoryId, memberIds = new[] { a, await s.PersonAsync(), await s.PersonAsync() }, fromDate = "2018-03-01" };
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/pairs", three), 400, "validation");
        var twice = new { territoryId, memberIds = new[] { a, a }, fromDate = "2018-03-01" };
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/pairs", twice), 400, "validation");
    }

    [Fact]
    public async Task AThirdMember_Is409()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, pairId, _, _) = await s.PairAsync();
        var third = await s.PersonAsync("Nadia", "Benali");
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/pairs/{pairId}/members", new { personId = third, date = "2018-04-01" }), 409, "pair-full");
        Assert.Contains("exactement deux", problem.Str("detail"));
        Assert.Equal(2, (await api.Coordinator.GetAsync($"/api/pairs/{pairId}", 200)).GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task APersonInTwoPairsOfTheSameCohort_Is409()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, first, _) = await s.PairAsync();
        var other = await s.TerritoryAsync(status: "Accepted");
        var body = new { territoryId = other, memberIds = new[] { first, await s.PersonAsync() }, fromDate = "2018-03-01" };
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/pairs", body), 409, "person-already-in-pair");
    }

    [Fact]
    public async Task APersonMayJoinPairsOfDifferentCohorts()
    {
        var s1 = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, first, _) = await s1.PairAsync();
        var s2 = await new Scenario(api.Coordinator).CohortAsync();
        var territory = await s2.TerritoryAsync(status: "Accepted");
        await api.Coordinator.PostAsync($"/api/cohorts/{s2.CohortId}/pairs", new { territoryId = territory, memberIds = new[] { first, await s2.PersonAsync() }, fromDate = "2018-03-01" }, 201);
    }

    [Fact]
    public async Task ASecondPairForOneTerritory_Is409()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (territoryId, _, _, _) = await s.PairAsync();
        var body = new { territoryId, memberIds = new[] { await s.PersonAsync(), await s.PersonAsync() }, fromDate = "2018-03-01" };
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/pairs", body), 409, "pair-exists");
    }

    [Fact]
    public async Task Replace_KeepsTheHistoryOfWhoWasInThePairAndWhen()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, pairId, first, second) = await s.PairAsync();
        var incoming = await s.PersonAsync("Élodie", "Marchand");
        var pair = await api.Coordinator.PostAsync($"/api/pairs/{pairId}/replace", new { outgoingPersonId = first, incomingPersonId = incoming, date = "2018-06-15" }, 200);
        var members = pair.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(3, members.Count);
        var gone = members.Single(m => m.Id("personId") == first);
        Assert.False(gone.GetProperty("active").GetBoolean());
        Assert.Equal("2018-03-01", gone.Str("fromDate"));
        Assert.Equal("2018-06-15", gone.Str("untilDate"));
        Assert.Equal(new[] { second, incoming }.Order(), members.Where(m => m.GetProperty("active").GetBoolean()).Select(m => m.Id("personId")).Order());
        Assert.True(pair.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task Leave_ThenJoin_RefillsTheSeat_AndTheLeaverMayJoinAnotherPairLater()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, pairId, first, _) = await s.PairAsync();
        var left = await api.Coordinator.PostAsync($"/api/pairs/{pairId}/leave", new { personId = first, date = "2018-06-01" }, 200);
        Assert.False(left.GetProperty("complete").GetBoolean());
        await api.Coordinator.PostAsync($"/api/pairs/{pairId}/members", new { personId = await s.PersonAsync(), date = "2018-06-10" }, 200);

        var other = await s.TerritoryAsync(status: "Accepted");
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/pairs", new { territoryId = other, memberIds = new[] { first, await s.PersonAsync() }, fromDate = "2018-07-01" }, 201);
    }

    [Fact]
    public async Task Replace_WithAnUnknownPerson_Is400AndChangesNothing()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, pairId, first, _) = await s.PairAsync();
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/pairs/{pairId}/replace",
            new { outgoingPersonId = first, incomingPersonId = Guid.NewGuid(), date = "2018-06-15" }), 400, "validation");
        var pair = await api.Coordinator.GetAsync($"/api/pairs/{pairId}", 200);
        Assert.All(pair.GetProperty("members").EnumerateArray(), m => Assert.True(m.GetProperty("active").GetBoolean()));
    }
}
