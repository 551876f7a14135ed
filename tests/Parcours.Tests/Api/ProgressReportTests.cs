using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>A host with the 2018 pilot loaded, shared by the report tests.</summary>
public sealed class DemoFixture : IAsyncLifetime
{
    public const string Password = "Demo-Report-Password-1";
    public ParcoursApp App { get; } = new(settings: new Dictionary<string, string?> { ["Demo:Seed"] = "true", ["Demo:Password"] = Password });
    public HttpClient Coordinator { get; private set; } = null!;
    public HttpClient Member { get; private set; } = null!;
    public Guid CohortId { get; private set; }

    public async Task InitializeAsync()
    {
        Coordinator = await App.LoginAsync("coordination@parcours.demo", Password);
        Member = await App.LoginAsync("comite@parcours.demo", Password);
        CohortId = (await Coordinator.GetAsync("/api/cohorts", 200)).GetProperty("items").EnumerateArray().Single(c => c.Str("title") == "Promotion pilote 2017–2018").Id();
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class ProgressReportTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task TheReportsFigures_MatchCountsComputedIndependentlyFromTheDatabase()
    {
        var report = await demo.Member.GetAsync($"/api/cohorts/{demo.CohortId}/report", 200);
        await using var db = await AppDatabase.OpenAsync(demo.App);
        var cohort = db.Id(demo.CohortId);

        foreach (var session in report.GetProperty("sessions").GetProperty("perSession").EnumerateArray())
        {
            var number = int.Parse(session.Str("code")[1..], System.Globalization.CultureInfo.InvariantCulture);
            const string ofSession = """(SELECT "Id" FROM "CollectiveSessions" WHERE "CohortId" = @c AND "Number" = @n)""";
            var present = await db.ScalarAsync($"""SELECT COUNT(*) FROM "Attendances" WHERE "SessionId" = {ofSession} AND "Status" = 1""", ("c", cohort), ("n", number));
            var expected = await db.ScalarAsync("""SELECT COUNT(DISTINCT "PersonId") FROM "PairMembers" WHERE "CohortId" = @c AND "UntilDate" IS NULL""", ("c", cohort));
            var represented = await db.ScalarAsync($"""
                SELECT COUNT(DISTINCT p."TerritoryId") FROM "Attendances" a
                JOIN "PairMembers" m ON m."PersonId" = a."PersonId" AND m."CohortId" = @c
                JOIN "Pairs" p ON p."Id" = m."PairId"
                WHERE a."SessionId" = {ofSession} AND a."Status" = 1
                """, ("c", cohort), ("n", number));
            Assert.Equal(present, session.GetProperty("present").GetInt32());
            Assert.Equal(expected, session.GetProperty("expected").GetInt32());
            Assert.Equal(Math.Round((double)present / expected, 4), session.GetProperty("presenceRate").GetDouble(), 4);
            Assert.Equal(represented, session.GetProperty("territoriesRepresented").GetInt32());
        }

        var validated = await db.ScalarAsync("""SELECT COUNT(DISTINCT "RoadmapId") FROM "RoadmapVersions" WHERE "CohortId" = @c AND "Outcome" = 3""", ("c", cohort));
        Assert.Equal(validated, report.GetProperty("roadmaps").GetProperty("validated").GetInt32());
        var accepted = await db.ScalarAsync("""SELECT COUNT(*) FROM "Participations" WHERE "CohortId" = @c AND "Status" = 2""", ("c", cohort));
        Assert.Equal(accepted, report.GetProperty("territories").GetProperty("participating").GetInt32());
        var contacts = await db.ScalarAsync("""SELECT COUNT(*) FROM "FollowUpEntries" WHERE "CohortId" = @c""", ("c", cohort));
        Assert.Equal(contacts, report.GetProperty("followUp").GetProperty("contacts").GetInt32());
        var openDecisions = await db.ScalarAsync("""SELECT COUNT(*) FROM "Decisions" WHERE "CohortId" = @c AND "Status" IN (1, 2)""", ("c", cohort));
        Assert.Equal(openDecisions, report.GetProperty("decisions").GetProperty("open").GetInt32() + report.GetProperty("decisions").GetProperty("inProgress").GetInt32());
    }

    [Fact]
    public async Task TheReportAtADate_TellsThePilotAsItStoodThen()
    {
        var before = await demo.Coordinator.GetAsync($"/api/cohorts/{demo.CohortId}/report?at=2018-06-30", 200);
        Assert.Equal(["S1", "S2"], before.GetProperty("sessions").GetProperty("perSession").EnumerateArray().Select(s => s.Str("code")));
        Assert.Equal(0, before.GetProperty("roadmaps").GetProperty("validated").GetInt32());
        Assert.Contains(before.GetProperty("milestonesAhead").EnumerateArray(), m => m.Str("what").Contains("mi-parcours", StringComparison.Ordinal));
        Assert.Equal(1, before.GetProperty("decisions").GetProperty("done").GetInt32());

        var after = await demo.Coordinator.GetAsync($"/api/cohorts/{demo.CohortId}/report?at=2018-12-31", 200);
        Assert.Equal(4, after.GetProperty("sessions").GetProperty("held").GetInt32());
        var now = await demo.Coordinator.GetAsync($"/api/cohorts/{demo.CohortId}/report", 200);
        Assert.Equal(now.GetProperty("roadmaps").GetProperty("validated").GetInt32(), after.GetProperty("roadmaps").GetProperty("validated").GetInt32());
        Assert.True(after.GetProperty("roadmaps").GetProperty("validated").GetInt32() > 0);
    }

    [Fact]
    public async Task TheReport_HoldsAggregatesOnly()
    {
        var json = (await demo.Coordinator.GetAsync($"/api/cohorts/{demo.CohortId}/report", 200)).GetRawText();
        var people = (await demo.Coordinator.GetAsync("/api/people?pageSize=100", 200)).GetProperty("items").EnumerateArray()
            .Select(p => $"{p.Str("firstName")} {p.Str("lastName")}").ToList();
        Assert.NotEmpty(people);
        Assert.All(people, name => Assert.DoesNotContain(name, json));
        Assert.DoesNotContain("Point interne", json);
        Assert.DoesNotContain("@parcours.demo", json);
        Assert.DoesNotContain("fragilités *multiples*", json);
    }

    [Fact]
    public async Task OnlyCoordinatorsAndTheCohortsCommitteeMembers_ReadIt()
    {
        var url = $"/api/cohorts/{demo.CohortId}/report";
        await demo.Member.GetAsync(url, 200);
        var catalyst = await demo.App.LoginAsync("catalyseur@parcours.demo", DemoFixture.Password);
        await Http.ExpectProblemAsync(await catalyst.GetAsync(url), 403);
        var coach = await demo.App.LoginAsync("accompagnement@parcours.demo", DemoFixture.Password);
        await Http.ExpectProblemAsync(await coach.GetAsync(url), 403);
        var admin = await demo.App.LoginAsync("admin@parcours.demo", DemoFixture.Password);
        await Http.ExpectProblemAsync(await admin.GetAsync(url), 403);
    }

    [Fact]
    public async Task ThePdfPack_HasItsChartsAndTables_AndOptionallyTheRoadmaps()
    {
        var report = await (await demo.Member.GetAsync($"/api/cohorts/{demo.CohortId}/report.pdf")).Content.ReadAsByteArrayAsync();
        await Pdf.AssertValidAsync(report);
        var text = string.Join("\n", await Pdf.TextAsync(report));
        foreach (var expected in new[] { "Rapport d'avancement", "Promotion pilote 2017–2018", "Territoires par statut d'invitation", "Taux de présence par session",
                     "Feuilles de route par état", "Décisions et recommandations", "Territoires participants", "a accepté" })
        {
            Assert.Contains(expected, text);
        }
        var withRoadmaps = await (await demo.Member.GetAsync($"/api/cohorts/{demo.CohortId}/report.pdf?withRoadmaps=true")).Content.ReadAsByteArrayAsync();
        await Pdf.AssertValidAsync(withRoadmaps);
        var pages = await Pdf.TextAsync(withRoadmaps);
        Assert.True(pages.Length > (await Pdf.TextAsync(report)).Length + 3);
        Assert.Contains(pages, p => p.Contains("Binôme de catalyseurs territoriaux", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachTable_DownloadsAsCsvForFrenchExcel()
    {
        foreach (var table in new[] { "statuts", "diversite", "sessions", "assiduite-territoires", "suivi", "feuilles-de-route", "decisions", "jalons" })
        {
            var response = await demo.Coordinator.GetAsync($"/api/cohorts/{demo.CohortId}/report/{table}.csv");
            Assert.Equal(200, (int)response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            Assert.Contains(";", Encoding.UTF8.GetString(bytes).Split("\r\n")[0]);
        }
        var sessions = Encoding.UTF8.GetString(await (await demo.Coordinator.GetAsync($"/api/cohorts/{demo.CohortId}/report/sessions.csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("S1 — Comprendre;03/05/2018;22;", sessions);
        Assert.Contains(" %", sessions);
        await Http.ExpectProblemAsync(await demo.Coordinator.GetAsync($"/api/cohorts/{demo.CohortId}/report/inconnu.csv"), 404);
    }

    [Fact]
    public async Task ThePackAttachedToAMeeting_IsFrozenAsItWasSent()
    {
        var committee = (await demo.Coordinator.GetAsync($"/api/cohorts/{demo.CohortId}/committees", 200)).EnumerateArray().Single(c => c.Str("kind") == "Orientation").Id();
        var meeting = (await demo.Coordinator.PostAsync($"/api/committees/{committee}/meetings",
            new { title = "Comité de suivi", startsAt = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd'T'14:00:00", System.Globalization.CultureInfo.InvariantCulture), durationMinutes = 120 }, 201)).Id();
        var attached = await demo.Coordinator.PostAsync($"/api/committees/{committee}/meetings/{meeting}/progress-report", new { }, 201);
        Assert.Equal("Generated", attached.Str("source"));
        var sent = await (await demo.Member.GetAsync($"/api/documents/{attached.Id()}")).Content.ReadAsByteArrayAsync();
        Assert.Contains("Rapport d'avancement", string.Join("\n", await Pdf.TextAsync(sent)));

        // Something changes afterwards: a new decision. The attached pack does not move.
        await demo.Coordinator.PostAsync($"/api/committees/{committee}/meetings/{meeting}/decisions", new { kind = "Decision", text = "Décision prise après l'envoi du dossier" }, 201);
        var again = await (await demo.Member.GetAsync($"/api/documents/{attached.Id()}")).Content.ReadAsByteArrayAsync();
        Assert.Equal(sent, again);
        var fresh = string.Join("\n", await Pdf.TextAsync(await (await demo.Coordinator.GetAsync($"/api/cohorts/{demo.CohortId}/report.pdf")).Content.ReadAsByteArrayAsync()));
        Assert.Contains("Décision prise après l'envoi", fresh);
        Assert.DoesNotContain("Décision prise après l'envoi", string.Join("\n", await Pdf.TextAsync(again)));
    }
}
