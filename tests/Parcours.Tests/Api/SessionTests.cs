using System.Net.Http.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class SessionTests(ApiFixture api)
{
    [Fact]
    public async Task ANewCohort_HasItsFourSessionsWithTheirDefaultTitles()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var sessions = await s.SessionsAsync();
        Assert.Equal(["S1", "S2", "S3", "S4"], sessions.Select(x => x.Str("code")));
        Assert.Equal(["Comprendre", "Mettre en œuvre", "Approfondir", "Mettre en perspective"], sessions.Select(x => x.Str("title")));
        Assert.All(sessions, x => Assert.Equal(System.Text.Json.JsonValueKind.Null, x.GetProperty("startsAt").ValueKind));
    }

    [Fact]
    public async Task Schedule_InParisTime_IsStoredAsUtcAndReadBackInParisTime()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        var session = await api.Coordinator.GetAsync($"/api/sessions/{id}", 200);
        Assert.Equal("2018-05-03T09:30:00", session.Str("startsAt"));
        Assert.Equal("2018-05-03T07:30:00Z", session.Str("startsAtUtc"));
        Assert.Equal("2018-05-03T15:30:00", session.Str("endsAt"));
        Assert.Equal("Europe/Paris", session.Str("timeZone"));
    }

    [Fact]
    public async Task Schedule_OutOfOrder_Is409AndChangesNothing()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        await s.ScheduleAsync(2, "2018-06-28T09:30:00");
        var s1 = await s.SessionIdAsync(1);
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/sessions/{s1}/schedule",
            new { startsAt = "2018-07-05T09:30:00", durationMinutes = 360 }), 409, "session-out-of-order");
        Assert.Contains("S2", problem.Str("detail"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await api.Coordinator.GetAsync($"/api/sessions/{s1}", 200)).GetProperty("startsAt").ValueKind);
    }

    [Fact]
    public async Task Schedule_OutsideTheRealisationPhase_NeedsAReason()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var s1 = await s.SessionIdAsync(1);
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/sessions/{s1}/schedule",
            new { startsAt = "2018-04-12T09:30:00", durationMinutes = 360 }), 409, "session-outside-realisation");
        Assert.Contains("réalisation", problem.Str("detail"));
        var forced = await api.Coordinator.PutAsync($"/api/sessions/{s1}/schedule",
            new { startsAt = "2018-04-12T09:30:00", durationMinutes = 360, outsidePhaseReason = "Salle disponible seulement en avril" }, 200);
        Assert.Equal("Salle disponible seulement en avril", forced.Str("outsidePhaseReason"));
    }

    [Fact]
    public async Task Reschedule_KeepsThePreviousDatesAndRaisesTheSequence()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        var before = (await api.Coordinator.GetAsync($"/api/sessions/{id}", 200)).GetProperty("sequence").GetInt32();
        var moved = await api.Coordinator.PutAsync($"/api/sessions/{id}/schedule", new { startsAt = "2018-05-15T14:00:00", durationMinutes = 180, reason = "Grève des transports" }, 200);
        var change = Assert.Single(moved.GetProperty("history").EnumerateArray());
        Assert.Equal("2018-05-03T09:30:00", change.Str("previousStartsAt"));
        Assert.Equal("2018-05-15T14:00:00", change.Str("newStartsAt"));
        Assert.Equal("Grève des transports", change.Str("reason"));
        Assert.True(moved.GetProperty("sequence").GetInt32() > before);
    }

    [Fact]
    public async Task Cancel_KeepsTheSessionVisibleAsCancelled_AndFreezesIt()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.ScheduleAsync(2, "2018-06-28T09:30:00");
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/sessions/{id}/cancel", new { }), 400, "validation");
        var cancelled = await api.Coordinator.PostAsync($"/api/sessions/{id}/cancel", new { reason = "Intempéries" }, 200);
        Assert.Equal("Cancelled", cancelled.Str("status"));
        Assert.Contains((await s.SessionsAsync()), x => x.Id() == id && x.Str("status") == "Cancelled");
        await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/sessions/{id}/schedule", new { startsAt = "2018-07-02T09:30:00", durationMinutes = 360 }), 409, "session-cancelled");
        // A cancelled session no longer holds its place in the order.
        await s.ScheduleAsync(1, "2018-07-01T09:30:00");
    }

    [Theory]
    [InlineData("{\"startsAt\":\"2018-05-03T09:30:00\",\"durationMinutes\":360,\"timeZone\":\"Mars/Olympus\"}", "timeZone")]
    [InlineData("{\"startsAt\":\"2018-03-25T02:30:00\",\"durationMinutes\":360,\"outsidePhaseReason\":\"x\"}", "startsAt")]
    [InlineData("{\"startsAt\":\"2018-05-03T09:30:00\",\"durationMinutes\":-30}", "durationMinutes")]
    public async Task Schedule_WithBadInput_Is400NamingTheField(string body, string field)
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.SessionIdAsync(1);
        var response = await api.Coordinator.PutAsync($"/api/sessions/{id}/schedule", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await Http.ExpectProblemAsync(response, 400, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Schedule_WithAnOffset_TakesTheInstantGiven()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.SessionIdAsync(1);
        var session = await api.Coordinator.PutAsync($"/api/sessions/{id}/schedule", new { startsAt = "2018-05-03T07:30:00Z", durationMinutes = 60 }, 200);
        Assert.Equal("2018-05-03T09:30:00", session.Str("startsAt"));
    }

    [Fact]
    public async Task Details_KeepVenueAgendaSpeakersAndResources()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.SessionIdAsync(1);
        var session = await api.Coordinator.PutAsync($"/api/sessions/{id}/details", new
        {
            title = "Comprendre", venueName = "CGET", venueAddress = "20 avenue de Ségur, 75007 Paris",
            agenda = new object[] { new { start = "13:30", title = "Atelier", end = "15:30" }, new { start = "09:30", title = "Accueil" } },
            speakers = new[] { new { name = "Nadia Benali", organisation = "Ville de Roubaix", role = "Rencontre inspirante" } },
            resources = new[] { new { title = "Référentiel", url = "https://exemple.fr/ref.pdf", kind = "Methodes" } },
        }, 200);
        Assert.Equal("CGET", session.Str("venueName"));
        Assert.Equal(["Accueil", "Atelier"], session.GetProperty("agenda").EnumerateArray().Select(a => a.Str("title")));
        Assert.Equal("Nadia Benali", session.GetProperty("speakers")[0].Str("name"));
        Assert.Equal("Methodes", session.GetProperty("resources")[0].Str("kind"));
        var again = await api.Coordinator.GetAsync($"/api/sessions/{id}", 200);
        Assert.Equal(2, again.GetProperty("agenda").GetArrayLength());
    }

    [Fact]
    public async Task Details_WithABadLinkOrASegmentEndingBeforeItStarts_Is400()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.SessionIdAsync(1);
        var response = await api.Coordinator.PutAsJsonAsync($"/api/sessions/{id}/details", new
        {
            title = "Comprendre", onlineLink = "javascript:alert(1)",
            agenda = new[] { new { start = "15:00", title = "À l'envers", end = "14:00" } },
            resources = new[] { new { title = "R", url = "ftp://exemple.fr", kind = "Outils" } },
        });
        var errors = (await Http.ExpectProblemAsync(response, 400, "validation")).GetProperty("errors");
        Assert.True(errors.TryGetProperty("onlineLink", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("agenda[0].end", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("resources[0].url", out _), errors.GetRawText());
        await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/sessions/{id}/details",
            new { title = "Comprendre", resources = new[] { new { title = "R", url = "https://x.fr", kind = "Recettes" } } }), 400, "malformed-request");
    }

    [Fact]
    public async Task Catalyst_ReadsTheirCohortsSessions_NotOthers()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, first, _) = await s.PairAsync();
        var other = await new Scenario(api.Coordinator).CohortAsync();
        var catalyst = await api.CatalystAsync(first);
        Assert.Equal(4, (await catalyst.GetAsync($"/api/cohorts/{s.CohortId}/sessions", 200)).GetArrayLength());
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/cohorts/{other.CohortId}/sessions"), 404);
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/sessions/{await other.SessionIdAsync(1)}"), 404);
    }
}
