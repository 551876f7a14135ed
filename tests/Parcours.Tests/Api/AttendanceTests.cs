using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class AttendanceTests(ApiFixture api)
{
    private static string Future(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd'T'09:30:00");

    [Fact]
    public async Task RecordedAttendance_ShowsOnTheSheet_WithTerritoriesRepresented()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (t1, _, a1, b1) = await s.PairAsync();
        var (_, _, a2, b2) = await s.PairAsync();
        var id = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        var sheet = await api.Coordinator.PutAsync($"/api/sessions/{id}/attendance", new
        {
            entries = new object[]
            {
                new { personId = a1, status = "Present" },
                new { personId = b1, status = "Absent" },
                new { personId = a2, status = "Excused", comment = "Conseil communautaire" },
            },
        }, 200);
        Assert.Equal(1, sheet.GetProperty("present").GetInt32());
        Assert.Equal(1, sheet.GetProperty("excused").GetInt32());
        Assert.Equal(1, sheet.GetProperty("absent").GetInt32());
        Assert.Equal(1, sheet.GetProperty("notRecorded").GetInt32());
        Assert.Equal(2, sheet.GetProperty("territoriesExpected").GetInt32());
        Assert.Equal(1, sheet.GetProperty("territoriesRepresented").GetInt32());
        var rows = sheet.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("Conseil communautaire", rows.Single(r => r.Id("personId") == a2).Str("comment"));
        Assert.Equal("Non renseigné", rows.Single(r => r.Id("personId") == b2).Str("statusLabel"));
        Assert.Contains(rows, r => r.Id("territoryId") == t1);

        // Correcting an entry replaces it.
        var corrected = await api.Coordinator.PutAsync($"/api/sessions/{id}/attendance", new { entries = new[] { new { personId = b1, status = "Present" } } }, 200);
        Assert.Equal(2, corrected.GetProperty("present").GetInt32());
    }

    [Fact]
    public async Task Attendance_ForSomeoneOutsideTheCohort_Is400AndWritesNothing()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, a1, _) = await s.PairAsync();
        var outsider = await s.PersonAsync("Hors", "Promotion");
        var id = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        var response = await api.Coordinator.PutAsJsonAsync($"/api/sessions/{id}/attendance",
            new { entries = new[] { new { personId = a1, status = "Present" }, new { personId = outsider, status = "Present" } } });
        var errors = (await Http.ExpectProblemAsync(response, 400, "validation")).GetProperty("errors");
        Assert.True(errors.TryGetProperty("entries[1].personId", out _), errors.GetRawText());
        Assert.Equal(0, (await api.Coordinator.GetAsync($"/api/sessions/{id}/attendance", 200)).GetProperty("present").GetInt32());
    }

    [Fact]
    public async Task Attendance_ForAnUndatedOrCancelledSession_Is409()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, a1, _) = await s.PairAsync();
        var undated = await s.SessionIdAsync(3);
        await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/sessions/{undated}/attendance",
            new { entries = new[] { new { personId = a1, status = "Present" } } }), 409, "session-not-scheduled");
        var cancelled = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        await api.Coordinator.PostAsync($"/api/sessions/{cancelled}/cancel", new { reason = "Intempéries" }, 200);
        await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/sessions/{cancelled}/attendance",
            new { entries = new[] { new { personId = a1, status = "Present" } } }), 409, "session-cancelled");
    }

    [Fact]
    public async Task Catalyst_SendsAnApologyBeforeTheSession_NotAfter()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, a1, _) = await s.PairAsync();
        var past = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        var coming = await s.ScheduleAsync(4, Future(20), outsidePhaseReason: "Session de rattrapage");
        var catalyst = await api.CatalystAsync(a1);

        var apology = await catalyst.PostAsync($"/api/sessions/{coming}/apology", new { comment = "Conseil municipal ce jour-là" }, 200);
        Assert.Equal("Excused", apology.Str("status"));
        var row = (await api.Coordinator.GetAsync($"/api/sessions/{coming}/attendance", 200)).GetProperty("rows").EnumerateArray().Single(r => r.Id("personId") == a1);
        Assert.Equal("Conseil municipal ce jour-là", row.Str("comment"));

        await Http.ExpectProblemAsync(await catalyst.PostAsJsonAsync($"/api/sessions/{past}/apology", new { comment = "trop tard" }), 409, "apology-too-late");
        // Recording attendance is the coordinators' job.
        await Http.ExpectProblemAsync(await catalyst.PutAsJsonAsync($"/api/sessions/{past}/attendance", new { entries = new[] { new { personId = a1, status = "Present" } } }), 403);
    }

    [Fact]
    public async Task Rates_CountOnlySessionsWhoseSheetWasRecorded_AndSayWhich()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, a, b) = await s.PairAsync();
        var s1 = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        var s2 = await s.ScheduleAsync(2, "2018-06-28T09:30:00");
        await s.ScheduleAsync(3, "2018-09-27T09:30:00");
        await s.ScheduleAsync(4, "2018-11-08T09:30:00");
        await api.Coordinator.PutAsync($"/api/sessions/{s1}/attendance", new { entries = new[] {
            new { personId = a, status = "Present" }, new { personId = b, status = "Absent" } } }, 200);
        await api.Coordinator.PutAsync($"/api/sessions/{s2}/attendance", new { entries = new[] {
            new { personId = a, status = "Excused" }, new { personId = b, status = "Present" } } }, 200);

        var rates = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/attendance/rates", 200);
        Assert.Equal(["S3", "S4"], rates.GetProperty("sessionsNotRecorded").EnumerateArray().Select(x => x.GetString()));
        var person = rates.GetProperty("people").EnumerateArray().Single(p => p.Id("personId") == a);
        // Present once, excused once, over the two recorded sessions — not 25 % over four.
        Assert.Equal(2, person.GetProperty("sessionsExpected").GetInt32());
        Assert.Equal(0.5, person.GetProperty("presenceRate").GetDouble());
        Assert.Equal(1.0, person.GetProperty("presenceRateExcusedLeftOut").GetDouble());
        var report = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/report?at=2018-12-01", 200);
        Assert.Equal(["S3", "S4"], report.GetProperty("sessions").GetProperty("notRecorded").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(2, report.GetProperty("sessions").GetProperty("perSession").GetArrayLength());
    }

    [Fact]
    public async Task Rates_FollowEachChangeOfWhatTheyAreMadeOf_FromOneReadToTheNext()
    {
        // The figures are kept between reads while the cohort's version stands (decision record 0029): every kind of
        // change they are made of moves it — a sheet, a name, a territory's name, a binôme, a session cancelled.
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (t1, _, a1, b1) = await s.PairAsync();
        var s1 = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        var s2 = await s.ScheduleAsync(2, "2018-06-28T09:30:00");
        await api.Coordinator.PutAsync($"/api/sessions/{s1}/attendance", new { entries = new[] { new { personId = a1, status = "Present" } } }, 200);
        var url = $"/api/cohorts/{s.CohortId}/attendance/rates";
        async Task<JsonElement> RatesAsync() => await api.Coordinator.GetAsync(url, 200);
        static JsonElement S1(JsonElement rates) => rates.GetProperty("sessions").EnumerateArray().Single(x => x.Str("code") == "S1");

        var first = await RatesAsync();
        Assert.Equal(1, S1(first).GetProperty("present").GetInt32());
        Assert.Equal(first.GetRawText(), (await RatesAsync()).GetRawText());

        await api.Coordinator.PutAsync($"/api/sessions/{s1}/attendance", new { entries = new[] { new { personId = b1, status = "Present" } } }, 200);
        Assert.Equal(2, S1(await RatesAsync()).GetProperty("present").GetInt32());

        var person = await api.Coordinator.GetAsync($"/api/people/{a1}", 200);
        await api.Coordinator.PutAsync($"/api/people/{a1}", new { firstName = "Claire", lastName = "Renommée", email = person.Str("email"), organisation = "Mairie" }, 200);
        Assert.Contains((await RatesAsync()).GetProperty("people").EnumerateArray(), p => p.Id("personId") == a1 && p.Str("lastName") == "Renommée");

        await api.Coordinator.PutAsync($"/api/territories/{t1}", Scenario.Profile("Territoire renommé"), 200);
        Assert.Equal("Territoire renommé", (await RatesAsync()).GetProperty("territories").GetProperty("items")[0].Str("territoryName"));

        await s.PairAsync();
        Assert.Equal(2, S1(await RatesAsync()).GetProperty("territoriesExpected").GetInt32());

        Assert.Equal(["S2"], (await RatesAsync()).GetProperty("sessionsNotRecorded").EnumerateArray().Select(x => x.GetString()));
        await api.Coordinator.PostAsync($"/api/sessions/{s2}/cancel", new { reason = "Intempéries" }, 200);
        Assert.Empty((await RatesAsync()).GetProperty("sessionsNotRecorded").EnumerateArray());
    }

    [Fact]
    public async Task Rates_PerSessionTerritoryAndPerson_CountWhatWasExpected()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (t1, _, a1, b1) = await s.PairAsync();
        var (t2, _, a2, b2) = await s.PairAsync();
        var s1 = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        var s2 = await s.ScheduleAsync(2, "2018-06-28T09:30:00");
        await api.Coordinator.PutAsync($"/api/sessions/{s1}/attendance", new { entries = new[] {
            new { personId = a1, status = "Present" }, new { personId = b1, status = "Present" },
            new { personId = a2, status = "Absent" }, new { personId = b2, status = "Excused" } } }, 200);
        await api.Coordinator.PutAsync($"/api/sessions/{s2}/attendance", new { entries = new[] {
            new { personId = a1, status = "Absent" }, new { personId = a2, status = "Present" } } }, 200);

        var rates = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/attendance/rates", 200);
        var sessions = rates.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(["S1", "S2"], sessions.Select(x => x.Str("code")));
        Assert.Equal(0.5, sessions[0].GetProperty("presenceRate").GetDouble());
        Assert.Equal(0.6667, sessions[0].GetProperty("presenceRateExcusedLeftOut").GetDouble()); // 2 present of 3 not excused
        Assert.Equal(1, sessions[0].GetProperty("territoriesRepresented").GetInt32());
        Assert.Equal(0.25, sessions[1].GetProperty("presenceRate").GetDouble());
        Assert.Equal(2, sessions[1].GetProperty("notRecorded").GetInt32());
        Assert.All(sessions, x => Assert.True(x.GetProperty("recorded").GetBoolean()));

        var territories = rates.GetProperty("territories").GetProperty("items").EnumerateArray().ToDictionary(t => t.Id("territoryId"));
        Assert.Equal(0.5, territories[t1].GetProperty("presenceRate").GetDouble());
        Assert.Equal(0.5, territories[t2].GetProperty("presenceRate").GetDouble());
        var people = rates.GetProperty("people").EnumerateArray().ToDictionary(p => p.Id("personId"));
        Assert.Equal(0.5, people[a1].GetProperty("presenceRate").GetDouble());
        Assert.Equal(1, people[b2].GetProperty("excused").GetInt32());
        Assert.Equal(0, people[b2].GetProperty("presenceRate").GetDouble());
        Assert.Equal(0, people[b2].GetProperty("presenceRateExcusedLeftOut").GetDouble()); // excused once, not recorded at S2: 0 of 1

        // A page at a time: the second territory by name and only its people; the sessions stay the whole cohort's.
        var second = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/attendance/rates?page=2&pageSize=1", 200);
        Assert.Equal(2, second.GetProperty("territories").GetProperty("total").GetInt32());
        var last = territories.Values.OrderBy(t => t.Str("territoryName"), StringComparer.Ordinal).Last().Id("territoryId");
        Assert.Equal(last, Assert.Single(second.GetProperty("territories").GetProperty("items").EnumerateArray()).Id("territoryId"));
        Assert.Equal(2, second.GetProperty("people").GetArrayLength());
        Assert.All(second.GetProperty("people").EnumerateArray(), p => Assert.Equal(last, p.Id("territoryId")));
        Assert.Equal(2, second.GetProperty("sessions").GetArrayLength());
        await Http.ExpectProblemAsync(await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/attendance/rates?pageSize=1000"), 400);
    }

    [Fact]
    public async Task Export_IsACsvThatFrenchExcelOpens()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, a1, _) = await s.PairAsync();
        var s1 = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        await api.Coordinator.PutAsync($"/api/sessions/{s1}/attendance", new { entries = new[] { new { personId = a1, status = "Excused", comment = "Réunion; imprévue" } } }, 200);
        var response = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/attendance.csv");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Territoire;Nom;Prénom;E-mail;Session;Date;Statut;Commentaire", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains(";Excusé;\"Réunion; imprévue\"", StringComparison.Ordinal) && l.Contains("03/05/2018 09:30", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(";Non renseigné;", StringComparison.Ordinal));
    }
}
