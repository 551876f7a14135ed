using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class FollowUpTests(ApiFixture api)
{
    private static string Day(int offset) => ParisDate.Day(offset);

    private static object Entry(Guid territoryId, string notes, string visibility = "Internal", int dayOffset = -1, object[]? nextSteps = null) => new
    {
        territoryId, date = Day(dayOffset), kind = "EntretienTelephonique", visibility, notes, durationMinutes = 45,
        participants = new[] { "Claire Lefèvre", "Pierre Vasseur" }, nextSteps = nextSteps ?? [],
    };

    /// <summary>Two territories with binômes, one coach on each, and a coach account linked to a person.</summary>
    private async Task<(Scenario S, Guid T1, Guid T2, Guid CatalystT1, HttpClient CoachA, HttpClient CoachB)> WorldAsync()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (t1, _, catalyst1, _) = await s.PairAsync();
        var (t2, _, _, _) = await s.PairAsync();
        var coachA = await s.PersonAsync("Pierre", "Vasseur");
        var coachB = await s.PersonAsync("Hélène", "Noël");
        var clientA = await api.NewAccountAsync("Coach", coachA);
        var clientB = await api.NewAccountAsync("Coach", coachB);
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/coach-assignments", new { territoryId = t1, coachPersonId = coachA, fromDate = Day(-60) }, 201);
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/coach-assignments", new { territoryId = t2, coachPersonId = coachB, fromDate = Day(-60) }, 201);
        return (s, t1, t2, catalyst1, clientA, clientB);
    }

    private static List<string> Notes(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.Str("notes"))];

    [Fact]
    public async Task Confidentiality_HoldsForEveryRole_RequestByRequest()
    {
        var (s, t1, t2, catalystPerson, coachA, coachB) = await WorldAsync();
        var internalT1 = (await coachA.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", Entry(t1, "T1 interne : tension avec l'élu, confidentiel"), 201)).Id();
        var sharedT1 = (await coachA.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", Entry(t1, "T1 partagé : plan d'action validé", "SharedWithPair"), 201)).Id();
        var sharedT2 = (await coachB.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", Entry(t2, "T2 partagé : atelier prévu", "SharedWithPair"), 201)).Id();
        var list = $"/api/cohorts/{s.CohortId}/follow-ups";

        // Coordinators read everything.
        Assert.Equal(3, (await api.Coordinator.GetAsync(list, 200)).GetProperty("total").GetInt32());

        // A coach reads and writes only for the territories assigned to them.
        Assert.Equal(["T1 interne : tension avec l'élu, confidentiel", "T1 partagé : plan d'action validé"], Notes(await coachA.GetAsync(list, 200)).Order(StringComparer.Ordinal));
        await coachA.GetAsync($"/api/follow-ups/{internalT1}", 200);
        await Http.ExpectProblemAsync(await coachA.GetAsync($"/api/follow-ups/{sharedT2}"), 404);
        await Http.ExpectProblemAsync(await coachA.PostAsJsonAsync(list, Entry(t2, "intrusion")), 404);
        await Http.ExpectProblemAsync(await coachA.PutAsJsonAsync($"/api/follow-ups/{sharedT2}", new { version = 1, date = Day(-1), kind = "Rencontre", visibility = "Internal", notes = "écrasé" }), 404);
        Assert.Equal(0, (await coachA.GetAsync($"{list}?territoryId={t2}", 200)).GetProperty("total").GetInt32());
        Assert.Equal("T2 partagé : atelier prévu", (await api.Coordinator.GetAsync($"/api/follow-ups/{sharedT2}", 200)).Str("notes"));

        // A catalyst reads only what is shared with the binôme of their own territory, and no history.
        var catalyst = await api.CatalystAsync(catalystPerson);
        Assert.Equal(["T1 partagé : plan d'action validé"], Notes(await catalyst.GetAsync(list, 200)));
        var shared = await catalyst.GetAsync($"/api/follow-ups/{sharedT1}", 200);
        Assert.Equal(JsonValueKind.Null, shared.GetProperty("revisions").ValueKind);
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/follow-ups/{internalT1}"), 404);
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/follow-ups/{sharedT2}"), 404);
        Assert.Equal(0, (await catalyst.GetAsync($"{list}?search=confidentiel", 200)).GetProperty("total").GetInt32());
        var csv = await catalyst.GetStringAsync($"/api/cohorts/{s.CohortId}/follow-ups.csv");
        Assert.Contains("plan d'action validé", csv);
        Assert.DoesNotContain("confidentiel", csv);
        Assert.DoesNotContain("atelier prévu", csv);
        await Http.ExpectProblemAsync(await catalyst.PostAsJsonAsync(list, Entry(t1, "par le binôme")), 403);

        // Committee members never read entries, only counts — of the cohorts whose committees they sit on.
        var memberPerson = await s.PersonAsync("Isabelle", "Roux");
        var member = await api.NewAccountAsync("CommitteeMember", memberPerson);
        await Http.ExpectProblemAsync(await member.GetAsync($"/api/cohorts/{s.CohortId}/follow-up/activity"), 404);
        var committee = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/committees", new { kind = "Orientation" }, 201)).Id();
        await api.Coordinator.PostAsync($"/api/committees/{committee}/seats", new { organisation = "Caisse des Dépôts", personId = memberPerson, joinedOn = Day(-30) }, 200);
        await Http.ExpectProblemAsync(await member.GetAsync(list), 403);
        await Http.ExpectProblemAsync(await member.GetAsync($"/api/follow-ups/{sharedT1}"), 403);
        await Http.ExpectProblemAsync(await member.GetAsync($"/api/cohorts/{s.CohortId}/follow-ups.csv"), 403);
        var activity = await member.GetAsync($"/api/cohorts/{s.CohortId}/follow-up/activity", 200);
        Assert.Equal(3, activity.EnumerateArray().Sum(t => t.GetProperty("contacts").GetInt32()));
        Assert.DoesNotContain("confidentiel", activity.GetRawText());
        Assert.DoesNotContain("partagé", activity.GetRawText());

        // Counts obey the same rules: a coach counts only their territories.
        var coachActivity = await coachA.GetAsync($"/api/cohorts/{s.CohortId}/follow-up/activity", 200);
        Assert.Equal([t1], coachActivity.EnumerateArray().Select(t => t.Id("territoryId")));
    }

    [Fact]
    public async Task AnEndedAssignment_ClosesTheCoachsAccess()
    {
        var (s, t1, _, _, coachA, _) = await WorldAsync();
        var entry = (await coachA.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", Entry(t1, "avant la fin"), 201)).Id();
        var assignment = (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/coach-assignments", 200)).EnumerateArray().Single(a => a.Id("territoryId") == t1).Id();
        Assert.Equal(204, (int)(await api.Coordinator.PostAsJsonAsync($"/api/coach-assignments/{assignment}/end", new { untilDate = Day(-1) })).StatusCode);
        await Http.ExpectProblemAsync(await coachA.GetAsync($"/api/follow-ups/{entry}"), 404);
        // With no territory left to coach there, the cohort's follow-up is no longer theirs at all.
        await Http.ExpectProblemAsync(await coachA.GetAsync($"/api/cohorts/{s.CohortId}/follow-ups"), 404, "not-found");
    }

    [Fact]
    public async Task Edit_KeepsThePreviousText_AndAStaleVersionIs409WithNothingLost()
    {
        var (s, t1, _, _, coachA, _) = await WorldAsync();
        var created = await coachA.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", Entry(t1, "Première version"), 201);
        var id = created.Id();
        var edited = await api.Coordinator.PutAsync($"/api/follow-ups/{id}", new { version = 1, date = Day(-1), kind = "Rencontre", visibility = "Internal", notes = "Deuxième version" }, 200);
        Assert.Equal(2, edited.GetProperty("version").GetInt32());
        var revision = Assert.Single(edited.GetProperty("revisions").EnumerateArray());
        Assert.Equal("Première version", revision.Str("notes"));
        Assert.False(string.IsNullOrEmpty(revision.Str("changedBy")));

        var stale = await coachA.PutAsJsonAsync($"/api/follow-ups/{id}", new { version = 1, date = Day(-1), kind = "Rencontre", visibility = "Internal", notes = "Écrit sur une vieille copie" });
        var problem = await Http.ExpectProblemAsync(stale, 409, "follow-up-stale");
        Assert.Contains("version 2", problem.Str("detail"));
        Assert.Equal("Deuxième version", (await coachA.GetAsync($"/api/follow-ups/{id}", 200)).Str("notes"));
    }

    [Theory]
    [InlineData("{\"territoryId\":\"{T}\",\"date\":\"2026-06-10\",\"kind\":\"Rencontre\",\"visibility\":\"Internal\",\"notes\":\"x\",\"nextSteps\":[{\"title\":\"Relancer\",\"owner\":\"Claire\",\"dueDate\":\"2026-06-01\"}]}", 400, "validation")]
    [InlineData("{\"territoryId\":\"{T}\",\"date\":\"2026-06-10\",\"kind\":\"Rencontre\",\"visibility\":\"Public\",\"notes\":\"x\"}", 400, "malformed-request")]
    [InlineData("{\"territoryId\":\"{T}\",\"date\":\"2026-06-10\",\"kind\":\"Rencontre\",\"visibility\":\"Internal\",\"notes\":\"{LONG}\"}", 400, "validation")]
    [InlineData("{\"territoryId\":\"{T}\",\"date\":\"2026-06-10\",\"kind\":\"Rencontre\",\"visibility\":\"Internal\",\"notes\":\"  \"}", 400, "validation")]
    public async Task BadEntries_AreRefused_AndNothingIsWritten(string body, int status, string type)
    {
        var (s, t1, _, _, coachA, _) = await WorldAsync();
        var json = body.Replace("{T}", t1.ToString(), StringComparison.Ordinal).Replace("{LONG}", new string('n', 20_001), StringComparison.Ordinal);
        await Http.ExpectProblemAsync(await coachA.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", new StringContent(json, Encoding.UTF8, "application/json")), status, type);
        Assert.Equal(0, (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/follow-ups", 200)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Cadence_ListsTerritoriesWithoutContactForTooLong()
    {
        var (s, t1, t2, _, coachA, coachB) = await WorldAsync();
        var t3 = await s.TerritoryAsync("Sans aucun contact", status: "Accepted");
        await coachA.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", Entry(t1, "récent", dayOffset: -10), 201);
        await coachB.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", Entry(t2, "ancien", dayOffset: -40), 201);
        var url = $"/api/cohorts/{s.CohortId}/follow-up/without-contact";

        var list = await api.Coordinator.GetAsync(url, 200);
        Assert.Equal(30, list.GetProperty("cadenceDays").GetInt32());
        Assert.Equal([t3, t2], list.GetProperty("territories").EnumerateArray().Select(t => t.Id("territoryId")));
        Assert.Equal(40, list.GetProperty("territories")[1].GetProperty("daysWithoutContact").GetInt32());
        Assert.Equal(3, (await api.Coordinator.GetAsync($"{url}?days=5", 200)).GetProperty("territories").GetArrayLength());

        Assert.Equal(204, (int)(await api.Coordinator.PutAsJsonAsync($"/api/cohorts/{s.CohortId}/follow-up/cadence", new { days = 60 })).StatusCode);
        Assert.Equal([t3], (await api.Coordinator.GetAsync(url, 200)).GetProperty("territories").EnumerateArray().Select(t => t.Id("territoryId")));
        await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/cohorts/{s.CohortId}/follow-up/cadence", new { days = 0 }), 409, "cohort-cadence-invalid");
        // A coach sees the silence of their own territories only.
        Assert.Empty((await coachA.GetAsync(url, 200)).GetProperty("territories").EnumerateArray());
    }

    [Fact]
    public async Task NextSteps_PastDueAreListed_UntilDone()
    {
        var (s, t1, _, _, coachA, _) = await WorldAsync();
        var entry = await coachA.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", Entry(t1, "avec suites", dayOffset: -20, nextSteps:
        [
            new { title = "Envoyer la convention", owner = "Claire Lefèvre", dueDate = Day(-3) },
            new { title = "Préparer le comité", owner = "Pierre Vasseur", dueDate = Day(10) },
        ]), 201);
        var overdue = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/follow-up/overdue-steps", 200);
        var step = Assert.Single(overdue.EnumerateArray());
        Assert.Equal("Envoyer la convention", step.Str("title"));
        Assert.Equal(3, step.GetProperty("daysOverdue").GetInt32());

        var done = await coachA.PostAsync($"/api/follow-ups/{entry.Id()}/next-steps/{step.Id("stepId")}/done", new { }, 200);
        Assert.Contains(done.GetProperty("nextSteps").EnumerateArray(), x => x.Str("title") == "Envoyer la convention" && x.GetProperty("doneAtUtc").ValueKind != JsonValueKind.Null);
        Assert.Empty((await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/follow-up/overdue-steps", 200)).EnumerateArray());
        var activity = (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/follow-up/activity", 200)).EnumerateArray().Single(t => t.Id("territoryId") == t1);
        Assert.Equal(1, activity.GetProperty("openNextSteps").GetInt32());
        Assert.Equal(0, activity.GetProperty("overdueNextSteps").GetInt32());
        Assert.Equal(ParisDate.Day(-20)[..7], activity.GetProperty("contactsPerMonth")[0].Str("month"));
    }

    [Fact]
    public async Task FieldVisit_WithPeerVisitors_IsSeenByTheVisitorsBinome_NotByOthers()
    {
        var (s, t1, t2, _, coachA, coachB) = await WorldAsync();
        var (visitorTerritory, _, visitorCatalyst, _) = await s.PairAsync();
        var entry = await coachA.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", Entry(t1, "visite du tiers-lieu"), 201);
        var visit = await coachA.PostAsync($"/api/cohorts/{s.CohortId}/field-visits", new
        {
            hostTerritoryId = t1, date = Day(-1), purpose = "Découvrir le tiers-lieu", learnings = "Gouvernance partagée",
            visitors = new object[] { new { name = "Pierre Vasseur" }, new { name = "Inès Haddad", territoryId = visitorTerritory } },
            followUpEntryId = entry.Id(),
        }, 201);
        Assert.Equal(visit.Id(), (await coachA.GetAsync($"/api/follow-ups/{entry.Id()}", 200)).Id("fieldVisitId"));
        Assert.Single((await (await api.CatalystAsync(visitorCatalyst)).GetAsync($"/api/cohorts/{s.CohortId}/field-visits", 200)).EnumerateArray());
        Assert.Empty((await coachB.GetAsync($"/api/cohorts/{s.CohortId}/field-visits", 200)).EnumerateArray());
        await Http.ExpectProblemAsync(await coachB.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/field-visits",
            new { hostTerritoryId = t1, date = Day(-1), purpose = "x", visitors = new[] { new { name = "x" } } }), 404);
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/field-visits",
            new { hostTerritoryId = t2, date = Day(-1), purpose = "x", visitors = new[] { new { name = "x" } }, followUpEntryId = entry.Id() }), 400, "validation");
    }

    [Fact]
    public async Task AssigningSomeoneWithoutACoachAccount_Is400()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var t = await s.TerritoryAsync(status: "Accepted");
        var person = await s.PersonAsync("Sans", "Compte");
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/coach-assignments",
            new { territoryId = t, coachPersonId = person, fromDate = Day(0) }), 400, "validation");
        Assert.Contains("accompagnateur", problem.GetProperty("errors").GetProperty("coachPersonId")[0].GetString());
    }
}
