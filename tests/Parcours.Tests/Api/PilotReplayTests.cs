using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>What the replay of the 2018 pilot found (issue « The 2018 pilot replayed »), each over HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class PilotReplayTests(ApiFixture api)
{
    [Fact]
    public async Task ThePilotsOwnPhases_ThatShareNovember_AreAccepted_AndASessionThereNeedsNoReason()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        await api.Coordinator.PutAsync($"/api/cohorts/{s.CohortId}", new
        {
            programmeId = s.ProgrammeId, title = "Pilote 2017–2018", startDate = "2017-07-01", endDate = "2018-12-31", targetTerritoryCount = 12,
            phases = new[]
            {
                new { kind = "ConceptionLaunch", startDate = "2017-07-01", endDate = "2018-03-31" },
                new { kind = "Realisation", startDate = "2018-05-01", endDate = "2018-11-30" },
                new { kind = "EvaluationDeployment", startDate = "2018-11-01", endDate = "2018-12-31" },
            },
        }, 200);
        await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        await s.ScheduleAsync(2, "2018-06-28T09:30:00");
        await s.ScheduleAsync(3, "2018-09-27T09:30:00");
        var s4 = await s.ScheduleAsync(4, "2018-11-22T09:30:00");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await api.Coordinator.GetAsync($"/api/sessions/{s4}", 200)).GetProperty("outsidePhaseReason").ValueKind);
        // A longer overlap is still refused, and changes nothing.
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/cohorts/{s.CohortId}", new
        {
            programmeId = s.ProgrammeId, title = "Chevauchement", startDate = "2017-07-01", endDate = "2018-12-31", targetTerritoryCount = 12,
            phases = new[]
            {
                new { kind = "ConceptionLaunch", startDate = "2017-07-01", endDate = "2018-06-30" },
                new { kind = "Realisation", startDate = "2018-05-01", endDate = "2018-11-30" },
                new { kind = "EvaluationDeployment", startDate = "2018-12-01", endDate = "2018-12-31" },
            },
        }), 409, "cohort-phases-overlap");
        Assert.Contains("31 jours", problem.Str("detail"));
        Assert.Equal("Pilote 2017–2018", (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}", 200)).Str("title"));
    }

    [Fact]
    public async Task ACommitteeMember_ReadsAValidatedRoadmapAtItsOwnAddress_AsItsLastValidatedVersion()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (territory, _, first, _) = await s.PairAsync();
        var catalyst = await api.CatalystAsync(first);
        var url = $"/api/cohorts/{s.CohortId}/territories/{territory}/roadmap";
        await catalyst.PutAsync($"{url}/sections/enjeux", new { text = "Texte validé.", version = 0 }, 200);
        await catalyst.PostAsync($"{url}/submit", new { version = 1 }, 200);
        var committee = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/committees", new { kind = "Orientation" }, 201)).Id();
        var person = await s.PersonAsync("Isabelle", "Roux");
        await api.Coordinator.PostAsync($"/api/committees/{committee}/seats", new { organisation = "Caisse des Dépôts", personId = person, joinedOn = "2018-01-01" }, 200);
        var member = await api.NewAccountAsync("CommitteeMember", person);

        await Http.ExpectProblemAsync(await member.GetAsync(url), 404, "not-found"); // submitted, not validated yet
        await api.Coordinator.PostAsync($"{url}/validate", new { }, 200);
        await catalyst.PutAsync($"{url}/sections/enjeux", new { text = "Brouillon d'après, que le comité ne lit pas.", version = 1 }, 200);

        var roadmap = await member.GetAsync(url, 200);
        Assert.Equal("Validated", roadmap.Str("status"));
        Assert.Equal(1, roadmap.GetProperty("version").GetInt32());
        Assert.Contains("Texte validé.", roadmap.GetRawText());
        Assert.DoesNotContain("Brouillon d'après", roadmap.GetRawText());
        var list = await member.GetAsync($"/api/cohorts/{s.CohortId}/roadmaps", 200);
        Assert.Equal(1, list.EnumerateArray().Single().GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task AnApologyForASessionNotYetDated_SaysSo()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, first, _) = await s.PairAsync();
        var catalyst = await api.CatalystAsync(first);
        var undated = await s.SessionIdAsync(2);
        var problem = await Http.ExpectProblemAsync(await catalyst.PostAsJsonAsync($"/api/sessions/{undated}/apology", new { comment = "En congé" }), 409, "session-not-dated");
        Assert.Contains("pas encore datée", problem.Str("detail"));
    }

    [Fact]
    public async Task ACatalyst_SeesOfOtherTerritories_WhatTheCommunityNeeds_NotTheirContactsNorWhoDeclined()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (mine, _, first, _) = await s.PairAsync();
        var catalyst = await api.CatalystAsync(first);
        var declined = await s.TerritoryAsync("Territoire qui a refusé", "Declined");
        var pending = await s.TerritoryAsync("Territoire sollicité");
        var other = (await api.Coordinator.PostAsync("/api/territories", new
        {
            name = "Territoire voisin", kind = "Commune", region = "Bretagne", carrierKind = "Association",
            contactName = "Jeanne Martin", contactEmail = "jeanne.martin@mairie.example", contactPhone = "02 99 00 00 00",
        }, 201)).Id();
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/territories", new { territoryId = other, date = "2018-01-05" }, 201);
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/territories/{other}/accept", new { date = "2018-01-10" }, 200);
        var a = await s.PersonAsync("Paul", "Durand", $"paul-{Guid.NewGuid():N}@voisin.example");
        var b = await s.PersonAsync("Nadia", "Benali", $"nadia-{Guid.NewGuid():N}@voisin.example");
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/pairs", new { territoryId = other, memberIds = new[] { a, b }, fromDate = "2018-03-01" }, 201);

        var list = await catalyst.GetAsync($"/api/cohorts/{s.CohortId}/territories?pageSize=100", 200);
        var names = list.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("territory").Str("name")).ToList();
        Assert.Contains("Territoire voisin", names);
        Assert.DoesNotContain("Territoire qui a refusé", names);
        Assert.DoesNotContain("Territoire sollicité", names);
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var text = list.GetRawText();
        Assert.DoesNotContain("jeanne.martin@mairie.example", text);
        Assert.DoesNotContain("02 99 00 00 00", text);
        Assert.DoesNotContain("temporalité", text);
        var neighbour = list.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("territory").Str("name") == "Territoire voisin");
        Assert.Equal(["Benali", "Durand"], neighbour.GetProperty("binome").EnumerateArray().Select(m => m.Str("lastName")).Order().ToList());
        Assert.Contains("@voisin.example", neighbour.GetProperty("binome").GetRawText());

        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/cohorts/{s.CohortId}/territories/{declined}"), 404, "not-found");
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/cohorts/{s.CohortId}/territories/{pending}"), 404, "not-found");
        var one = await catalyst.GetAsync($"/api/cohorts/{s.CohortId}/territories/{other}", 200);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, one.GetProperty("territory").GetProperty("contactEmail").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, one.GetProperty("history").ValueKind);
        await catalyst.GetAsync($"/api/cohorts/{s.CohortId}/territories/{mine}", 200);
        // The coordination still sees everything.
        var full = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/territories/{other}", 200);
        Assert.Equal("jeanne.martin@mairie.example", full.GetProperty("territory").Str("contactEmail"));
    }

    private sealed class ProductionApp(IDictionary<string, string?> settings) : ParcoursApp(settings: settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    [Fact]
    public void InProduction_AMissingPublicAddress_StopsTheStartWithAFrenchMessage()
    {
        using var app = new ProductionApp(new Dictionary<string, string?> { ["App:PublicUrl"] = "" });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("App:PublicUrl", (error.InnerException ?? error).Message);
        Assert.Contains("production", (error.InnerException ?? error).Message);
    }

    [Fact]
    public async Task TheWholeRoadmap_IsWrittenInOneCall_WithTheSameConflictRule()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (territory, _, first, second) = await s.PairAsync();
        var a = await api.CatalystAsync(first);
        var b = await api.CatalystAsync(second);
        var url = $"/api/cohorts/{s.CohortId}/territories/{territory}/roadmap";
        var written = await a.PutAsync(url, new
        {
            version = 0,
            sections = new[] { new { key = "enjeux", text = "Des fragilités." }, new { key = "objectifs", text = "Deux alliances." } },
            actions = new[] { new { title = "Réunir les acteurs", partners = "Mairie", deadline = "2018-10-01" } },
        }, 200);
        Assert.Equal(1, written.GetProperty("version").GetInt32());
        Assert.Contains("Deux alliances.", written.GetRawText());
        Assert.Contains("Réunir les acteurs", written.GetRawText());

        // The other member, from version 0, is refused with the current text, and nothing changes.
        var stale = await Http.ExpectProblemAsync(await b.PutAsJsonAsync(url, new { version = 0, sections = new[] { new { key = "enjeux", text = "Écrasé" } } }), 409, "roadmap-stale");
        Assert.Contains("Des fragilités.", stale.GetProperty("current").GetRawText());
        // An unknown section or a bad action is refused whole.
        await Http.ExpectProblemAsync(await b.PutAsJsonAsync(url, new { version = 1, sections = new[] { new { key = "inconnue", text = "x" } } }), 409, "roadmap-section-unknown");
        await Http.ExpectProblemAsync(await b.PutAsJsonAsync(url, new { version = 1, actions = new[] { new { title = " " } } }), 400, "validation");
        var now = await a.GetAsync(url, 200);
        Assert.Equal(1, now.GetProperty("version").GetInt32());
        Assert.DoesNotContain("Écrasé", now.GetRawText());
    }

    [Fact]
    public async Task TheReport_CountsBinomesAtItsDate_ByTheMembersOwnDates()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, pair1, leaving, _) = await s.PairAsync();
        var (_, pair2, _, alone) = await s.PairAsync();
        var incoming = await s.PersonAsync("Inès", "Haddad");
        await api.Coordinator.PostAsync($"/api/pairs/{pair1}/replace", new { outgoingPersonId = leaving, incomingPersonId = incoming, date = "2018-06-01" }, 200);
        await api.Coordinator.PostAsync($"/api/pairs/{pair2}/leave", new { personId = alone, date = "2018-07-01" }, 200);

        var may = (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/report?at=2018-05-01", 200)).GetProperty("binomes");
        Assert.Equal((2, 2, 0, 0), (may.GetProperty("formed").GetInt32(), may.GetProperty("complete").GetInt32(), may.GetProperty("incomplete").GetInt32(), may.GetProperty("membersLeft").GetInt32()));
        var august = (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/report?at=2018-08-01", 200)).GetProperty("binomes");
        Assert.Equal((2, 1, 1, 2, 1), (august.GetProperty("formed").GetInt32(), august.GetProperty("complete").GetInt32(), august.GetProperty("incomplete").GetInt32(),
            august.GetProperty("membersLeft").GetInt32(), august.GetProperty("membersJoinedLater").GetInt32()));
        var pdf = await (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/report.pdf?at=2018-08-01")).Content.ReadAsByteArrayAsync();
        var cover = string.Join("\n", await Pdf.TextAsync(pdf));
        Assert.Contains("Binômes", cover);
        Assert.Contains("1 / 2", cover);
    }

    [Fact]
    public async Task TheReportAtADate_DatesDecisionsByTheirMeeting_AndReviewsByTheirDay_AndItsAnnexAgrees()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var committee = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/committees", new { kind = "Orientation" }, 201)).Id();
        var march = (await api.Coordinator.PostAsync($"/api/committees/{committee}/meetings",
            new { title = "Lancement", startsAt = "2018-03-20T14:00:00", durationMinutes = 180, place = "CGET", agenda = new[] { "Tour de table" } }, 201)).Id();
        // Typed in today, decided at the March meeting.
        await api.Coordinator.PostAsync($"/api/committees/{committee}/meetings/{march}/decisions", new { kind = "Decision", text = "Associer les régions" }, 201);
        var (territory, _, first, _) = await s.PairAsync();
        var catalyst = await api.CatalystAsync(first);
        var url = $"/api/cohorts/{s.CohortId}/territories/{territory}/roadmap";
        await catalyst.PutAsync($"{url}/sections/enjeux", new { text = "Texte de l'annexe validé en juillet.", version = 0 }, 200);
        await catalyst.PostAsync($"{url}/submit", new { version = 1 }, 200);
        await api.Coordinator.PostAsync($"{url}/validate", new { date = "2018-07-10" }, 200);
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"{url}/request-changes", new { date = "2999-01-01" }), 400, "validation");

        var february = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/report?at=2018-02-28", 200);
        Assert.Equal(0, february.GetProperty("decisions").GetProperty("open").GetInt32());
        var september = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/report?at=2018-09-18", 200);
        Assert.Equal(1, september.GetProperty("decisions").GetProperty("open").GetInt32());
        Assert.Contains("Associer les régions", september.GetProperty("decisions").GetRawText());
        Assert.Equal(1, september.GetProperty("roadmaps").GetProperty("validated").GetInt32());
        Assert.Equal(0, (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/report?at=2018-07-01", 200)).GetProperty("roadmaps").GetProperty("validated").GetInt32());

        async Task<string> PackAsync(string at) => string.Join("\n", await Pdf.TextAsync(
            await (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/report.pdf?at={at}&withRoadmaps=true")).Content.ReadAsByteArrayAsync()));
        Assert.DoesNotContain("Texte de l'annexe", await PackAsync("2018-07-01"));
        Assert.Contains("Texte de l'annexe", await PackAsync("2018-09-18"));
    }

    [Fact]
    public async Task MeetingsAreMovedCancelledDeletedAndMarked_AsACoordinatorNeeds()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var committee = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/committees", new { kind = "Orientation" }, 201)).Id();
        var milestones = (await api.Coordinator.PostAsync($"/api/committees/{committee}/milestones", new { }, 200)).EnumerateArray().ToList();
        Assert.All(milestones, m => Assert.DoesNotContain(DateTime.Parse(m.Str("startsAt"), System.Globalization.CultureInfo.InvariantCulture).DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
        var midway = milestones[1].Id();
        var url = $"/api/committees/{committee}/meetings";

        var moved = await api.Coordinator.PutAsync($"{url}/{midway}/schedule", new { startsAt = "2018-09-18T10:00:00", durationMinutes = 150 }, 200);
        Assert.Equal("2018-09-18T10:00:00", moved.Str("startsAt"));

        var extra = (await api.Coordinator.PostAsync(url, new { title = "Réunion ajoutée", startsAt = "2018-09-25T14:00:00", durationMinutes = 120 }, 201)).Id();
        await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"{url}/{extra}/milestone", new { milestone = "MidWay" }), 409, "milestone-taken");
        var cancelled = await api.Coordinator.PostAsync($"{url}/{midway}/cancel", new { reason = "Quorum non atteint" }, 200);
        Assert.Equal("Cancelled", cancelled.Str("status"));
        await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"{url}/{midway}/schedule", new { startsAt = "2018-09-19T10:00:00", durationMinutes = 150 }), 409, "meeting-cancelled");
        Assert.Equal("MidWay", (await api.Coordinator.PutAsync($"{url}/{extra}/milestone", new { milestone = "MidWay" }, 200)).Str("milestone"));
        var listed = (await api.Coordinator.GetAsync(url, 200)).EnumerateArray().ToList();
        Assert.Equal("Quorum non atteint", listed.Single(m => m.Id() == midway).Str("cancellationReason"));

        await api.Coordinator.PostAsync($"{url}/{extra}/decisions", new { kind = "Decision", text = "Associer les régions" }, 201);
        await Http.ExpectProblemAsync(await api.Coordinator.DeleteAsync($"{url}/{extra}"), 409, "meeting-has-records");
        var mistake = (await api.Coordinator.PostAsync(url, new { title = "Saisie en double", startsAt = "2018-10-02T14:00:00", durationMinutes = 60 }, 201)).Id();
        Assert.Equal(204, (int)(await api.Coordinator.DeleteAsync($"{url}/{mistake}")).StatusCode);
        await Http.ExpectProblemAsync(await api.Coordinator.GetAsync($"{url}/{mistake}"), 404, "not-found");
        await Http.ExpectProblemAsync(await api.CommitteeMember.DeleteAsync($"{url}/{extra}"), 403);
    }
}
