using System.Net.Http.Json;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>A cohort becomes the template of the next: what is carried over, and that nothing of its territories or people is.</summary>
[Collection(ApiCollection.Name)]
public sealed class NextEditionTests(ApiFixture api)
{
    [Fact]
    public async Task TheNextEdition_HoldsThePathCommitteesAndSettings_MovedToItsDates_AndNothingOfTheTerritories()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Pilote à reconduire");
        var (territory, _, catalyst, _) = await s.PairAsync();
        var s1 = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        var speaker = await s.PersonAsync("Aurélie", "Conférencière");
        await api.Coordinator.PutAsync($"/api/sessions/{s1}/details", new
        {
            title = "Comprendre les alliances", theory = "Fragilités et alliances.", workshop = "Revue des freins.", guest = "Une élue.",
            venueName = "CGET", venueAddress = "20 avenue de Ségur, 75007 Paris",
            agenda = new[] { new { start = "09:30", title = "Accueil" }, new { start = "10:00", title = "Apports" } },
            speakers = new[] { new { name = "Aurélie Conférencière", personId = speaker } },
            resources = new[] { new { title = "Kit co-construction", url = "https://example.org/kit.pdf", kind = "Methodes" } },
        }, 200);
        await api.Coordinator.PutAsync($"/api/sessions/{s1}/attendance", new { entries = new[] { new { personId = catalyst, status = "Present" } } }, 200);
        var committee = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/committees", new { kind = "Orientation" }, 201)).Id();
        var member = await s.PersonAsync("Bernard", "Représentant");
        await api.Coordinator.PostAsync($"/api/committees/{committee}/seats", new { organisation = "Caisse des Dépôts", personId = member, joinedOn = "2018-01-01" }, 200);
        await api.Coordinator.PostAsync($"/api/committees/{committee}/seats", new { organisation = "Fondation de France", joinedOn = "2018-01-01" }, 200);
        await api.Coordinator.PutAsync($"/api/cohorts/{s.CohortId}/reminder-settings", new
        {
            sessionEarlyDays = 10, sessionEveDays = 1, roadmapDeadline = "2018-10-15", roadmapNearDays = 7, roadmapMissedDays = 1,
            nextStepDays = 1, committeeMeetingDays = 10, twoAbsencesAlert = false,
        }, 200);
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", new
        {
            territoryId = territory, date = "2018-04-02", kind = "Rencontre", visibility = "Internal", notes = "Note à ne pas reprendre.",
            durationMinutes = 30, participants = Array.Empty<string>(), nextSteps = Array.Empty<object>(),
        }, 201);

        var next = await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/next-edition", new { title = "Promotion 2018–2019", startDate = "2018-07-01" }, 201);
        var id = next.Id();
        Assert.Equal("Promotion 2018–2019", next.Str("title"));
        Assert.Equal(("2018-07-01", "2019-12-31"), (next.Str("startDate"), next.Str("endDate")));
        Assert.Equal(["2018-07-01 2019-03-31", "2019-05-01 2019-11-15", "2019-11-16 2019-12-31"],
            next.GetProperty("phases").EnumerateArray().Select(p => $"{p.Str("startDate")} {p.Str("endDate")}"));

        var sessions = (await api.Coordinator.GetAsync($"/api/cohorts/{id}/sessions", 200)).EnumerateArray().ToList();
        Assert.Equal(4, sessions.Count);
        var first = await api.Coordinator.GetAsync($"/api/sessions/{sessions[0].Id()}", 200);
        Assert.Equal("Comprendre les alliances", first.Str("title"));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("startsAt").ValueKind);
        Assert.Equal(["Accueil", "Apports"], first.GetProperty("agenda").EnumerateArray().Select(a => a.Str("title")));
        Assert.Equal("https://example.org/kit.pdf", first.GetProperty("resources")[0].Str("url"));
        Assert.Empty(first.GetProperty("speakers").EnumerateArray());

        var committees = (await api.Coordinator.GetAsync($"/api/cohorts/{id}/committees", 200)).EnumerateArray().ToList();
        var orientation = await api.Coordinator.GetAsync($"/api/committees/{Assert.Single(committees).Id()}", 200);
        var seats = orientation.GetProperty("seats").EnumerateArray().ToList();
        Assert.Equal(["Caisse des Dépôts", "Fondation de France"], seats.Select(x => x.Str("organisation")).Order(StringComparer.Ordinal));
        Assert.All(seats, x => Assert.Equal(JsonValueKind.Null, x.GetProperty("personId").ValueKind));

        var settings = await api.Coordinator.GetAsync($"/api/cohorts/{id}/reminder-settings", 200);
        Assert.Equal("2019-10-15", settings.Str("roadmapDeadline"));
        Assert.Equal(10, settings.GetProperty("sessionEarlyDays").GetInt32());
        Assert.False(settings.GetProperty("twoAbsencesAlert").GetBoolean());

        // Nothing of the territories, binômes, notes, roadmaps, attendance or votes — in the database itself.
        await using var db = await AppDatabase.OpenAsync(api.App);
        foreach (var table in new[] { "Participations", "Pairs", "PairMembers", "FollowUpEntries", "Roadmaps", "Attendances", "CoachAssignments", "CommitteeMeetings", "Decisions", "Reminders" })
        {
            var rows = await db.ScalarAsync($"SELECT count(*) FROM \"{table}\" WHERE \"CohortId\" = @id", ("id", db.Id(id)));
            Assert.True(rows == 0, $"{table} holds rows of the new cohort");
        }
        // The check above would see them: the source cohort has its own.
        Assert.Equal(1L, await db.ScalarAsync("SELECT count(*) FROM \"Participations\" WHERE \"CohortId\" = @id", ("id", db.Id(s.CohortId))));
    }

    [Fact]
    public async Task ANextEdition_OfNothing_OrWithoutATitle_IsRefusedInFrench()
    {
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{Guid.NewGuid()}/next-edition", new { title = "X", startDate = "2019-07-01" }), 404);
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/next-edition", new { title = " ", startDate = "2019-07-01" }), 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _), problem.GetRawText());
        var far = await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/next-edition", new { title = "Loin", startDate = "9999-12-01" }), 400);
        Assert.Contains("entre 2000 et 2100", far.GetRawText());
    }
}
