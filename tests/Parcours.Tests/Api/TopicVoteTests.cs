using System.Net.Http.Json;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class TopicVoteTests(ApiFixture api)
{
    private static Guid Option(JsonElement vote, string label) =>
        vote.GetProperty("options").EnumerateArray().Single(o => o.Str("label") == label).Id();

    [Fact]
    public async Task Vote_FromOpeningToClose_SetsTheTopicOfS3()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, a1, b1) = await s.PairAsync();
        var (_, _, a2, _) = await s.PairAsync();
        var vote = await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/topic-vote", new { }, 201);
        Assert.Equal(5, vote.GetProperty("options").GetArrayLength());
        var tiersLieux = Option(vote, "Tiers-lieux & dialogue territorial");
        var rse = Option(vote, "RSE & partenariats");

        var c1 = await api.CatalystAsync(a1);
        var c2 = await api.CatalystAsync(b1);
        var c3 = await api.CatalystAsync(a2);
        await c1.PutAsync($"/api/cohorts/{s.CohortId}/topic-vote/ballot", new { optionId = rse }, 200);
        var changed = await c1.PutAsync($"/api/cohorts/{s.CohortId}/topic-vote/ballot", new { optionId = tiersLieux }, 200);
        Assert.Equal(tiersLieux, changed.Id("myChoice"));
        await c2.PutAsync($"/api/cohorts/{s.CohortId}/topic-vote/ballot", new { optionId = tiersLieux }, 200);
        await c3.PutAsync($"/api/cohorts/{s.CohortId}/topic-vote/ballot", new { optionId = rse }, 200);

        // Before the close, catalysts see no counts; coordinators do.
        var seen = await c3.GetAsync($"/api/cohorts/{s.CohortId}/topic-vote", 200);
        Assert.All(seen.GetProperty("options").EnumerateArray(), o => Assert.Equal(JsonValueKind.Null, o.GetProperty("votes").ValueKind));
        Assert.Equal(rse, seen.Id("myChoice"));
        Assert.Equal(3, (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/topic-vote", 200)).GetProperty("ballotCount").GetInt32());

        var closed = await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/topic-vote/close", new { }, 200);
        Assert.Equal("Decided", closed.Str("status"));
        Assert.Equal("Tiers-lieux & dialogue territorial", closed.Str("winner"));
        var s3 = (await s.SessionsAsync())[2];
        Assert.Equal("Tiers-lieux & dialogue territorial", s3.Str("topic"));

        var after = await c3.GetAsync($"/api/cohorts/{s.CohortId}/topic-vote", 200);
        Assert.Equal(2, after.GetProperty("options").EnumerateArray().Single(o => o.Id() == tiersLieux).GetProperty("votes").GetInt32());
        await Http.ExpectProblemAsync(await c3.PutAsJsonAsync($"/api/cohorts/{s.CohortId}/topic-vote/ballot", new { optionId = tiersLieux }), 409, "vote-closed");

        // Who chose what: coordinators only.
        var ballots = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/topic-vote/ballots", 200);
        Assert.Equal(3, ballots.GetArrayLength());
        await Http.ExpectProblemAsync(await c1.GetAsync($"/api/cohorts/{s.CohortId}/topic-vote/ballots"), 403);
        Assert.DoesNotContain("personId", (await c1.GetAsync($"/api/cohorts/{s.CohortId}/topic-vote", 200)).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATie_WaitsForTheCoordinatorsDecision()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, a1, b1) = await s.PairAsync();
        var vote = await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/topic-vote", new { options = new[] { "Économie circulaire", "Mobilités rurales", "Santé" } }, 201);
        var eco = Option(vote, "Économie circulaire");
        var mob = Option(vote, "Mobilités rurales");
        await (await api.CatalystAsync(a1)).PutAsync($"/api/cohorts/{s.CohortId}/topic-vote/ballot", new { optionId = eco }, 200);
        await (await api.CatalystAsync(b1)).PutAsync($"/api/cohorts/{s.CohortId}/topic-vote/ballot", new { optionId = mob }, 200);

        var closed = await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/topic-vote/close", new { }, 200);
        Assert.Equal("Tied", closed.Str("status"));
        Assert.Equal(JsonValueKind.Null, (await s.SessionsAsync())[2].GetProperty("topic").ValueKind);
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/topic-vote/decide", new { optionId = Option(vote, "Santé") }), 409, "vote-decision-not-a-leader");
        var decided = await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/topic-vote/decide", new { optionId = mob }, 200);
        Assert.Equal("Mobilités rurales", decided.Str("winner"));
        Assert.Equal("Mobilités rurales", (await s.SessionsAsync())[2].Str("topic"));
    }

    [Fact]
    public async Task AVoteFromOutsideTheCohort_IsNotFound_AndAnUnknownOptionIs409()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, a1, _) = await s.PairAsync();
        var other = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, outsider, _) = await other.PairAsync();
        var vote = await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/topic-vote", new { }, 201);
        var option = vote.GetProperty("options")[0].Id();

        await Http.ExpectProblemAsync(await (await api.CatalystAsync(outsider)).PutAsJsonAsync($"/api/cohorts/{s.CohortId}/topic-vote/ballot", new { optionId = option }), 404);
        await Http.ExpectProblemAsync(await (await api.CatalystAsync(a1)).PutAsJsonAsync($"/api/cohorts/{s.CohortId}/topic-vote/ballot", new { optionId = Guid.NewGuid() }), 409, "vote-option-unknown");
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/topic-vote", new { }), 409, "vote-exists");
        Assert.Equal(0, (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/topic-vote", 200)).GetProperty("ballotCount").GetInt32());
    }
}
