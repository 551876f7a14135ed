using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>RGPD: a person's access request, their erasure — searched for in every table and every file Parcours produces — and retention.</summary>
[Collection(ApiCollection.Name)]
public sealed class PersonalDataTests(ApiFixture api)
{
    private static string Letters() => new(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).Select(char.ToLowerInvariant).ToArray());

    private static async Task<Dictionary<string, string>> UnzipAsync(HttpResponseMessage response)
    {
        await Http.ExpectAsync(response, 200);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd());
    }

    /// <summary>Every text column of every table of the app's database holding one of <paramref name="needles"/>.</summary>
    private static async Task<List<string>> TablesHoldingAsync(ParcoursApp app, IEnumerable<string> needles)
    {
        await using var db = await AppDatabase.OpenAsync(app);
        return await db.ColumnsHoldingAsync(needles);
    }

    /// <summary>
    /// A PDF's text as pdftotext reads it; other files — and the tests' hand-made « PDFs » of a few bytes that
    /// pdftotext refuses — as their raw bytes, which are then searched as they are.
    /// </summary>
    private static async Task<string> TextOfAsync(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("%PDF"u8) && bytes.Length > 1024)
        {
            return string.Join("\n", await Pdf.TextAsync(bytes));
        }
        return Encoding.UTF8.GetString(bytes);
    }

    [Fact]
    public async Task AnErasedPerson_IsInNoTableAndNoFile_TheFiguresStay_AndTheirLinksDie()
    {
        var last = "Vauquelin" + Letters();
        var fullName = $"Héloïse {last}";
        var personEmail = $"{last}@personnes.test";
        var accountEmail = $"Heloise.{last}@Tests.Parcours"; // as typed: capitals kept by the account
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion « effacement »");
        var territory = await s.TerritoryAsync(status: "Accepted");
        var erased = await s.PersonAsync("Héloïse", last, personEmail);
        var partner = await s.PersonAsync("Mathieu", "Moreau");
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/pairs", new { territoryId = territory, memberIds = new[] { erased, partner }, fromDate = "2018-03-01" }, 201);
        var catalyst = await api.NewAccountAsync("Catalyst", erased, accountEmail);
        var s1 = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        await api.Coordinator.PutAsync($"/api/sessions/{s1}/attendance", new { entries = new[] { new { personId = erased, status = "Present" }, new { personId = partner, status = "Absent" } } }, 200);
        var roadmap = $"/api/cohorts/{s.CohortId}/territories/{territory}/roadmap";
        await catalyst.PutAsync($"{roadmap}/sections/enjeux", new { text = "Un diagnostic partagé avec les habitants.", version = 0 }, 200);
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", new
        {
            territoryId = territory, date = "2018-04-02", kind = "Rencontre", visibility = "Internal", notes = $"Entretien avec {fullName} : très motivée.",
            durationMinutes = 30, participants = new[] { fullName }, nextSteps = Array.Empty<object>(),
        }, 201);
        var feed = (await catalyst.PostAsync("/api/me/calendar-feed", new { }, 200)).Str("url");
        var feedPath = new Uri(feed).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous.GetAsync(feedPath)).StatusCode);
        var committee = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/committees", new { kind = "Orientation" }, 201)).Id();
        var meeting = (await api.Coordinator.PostAsync($"/api/committees/{committee}/meetings",
            new { title = "Bilan", startsAt = "2018-12-10T14:00:00", durationMinutes = 120, place = "CGET", agenda = new[] { "Bilan" } }, 201)).Id();
        var ratesBefore = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/attendance/rates", 200);

        // The access request, by an administrator and by the person: everything, in French, readable.
        var export = await UnzipAsync(await api.Admin.GetAsync($"/api/people/{erased}/personal-data"));
        Assert.Contains("LISEZ-MOI.txt", export.Keys);
        Assert.Contains($"Personne : {fullName}", export["LISEZ-MOI.txt"]);
        Assert.Contains("droit d'accès", export["LISEZ-MOI.txt"]);
        Assert.Contains(fullName.Split(' ')[0], export["identite.json"]);
        Assert.Single(JsonDocument.Parse(export["presences.json"]).RootElement.EnumerateArray());
        Assert.Single(JsonDocument.Parse(export["binomes.json"]).RootElement.EnumerateArray());
        Assert.Contains("Catalyst", export["identite.json"]);
        var mine = await UnzipAsync(await catalyst.GetAsync("/api/me/personal-data"));
        Assert.Equal(export.Keys.Order(), mine.Keys.Order());

        var needles = new[] { fullName, last, personEmail, accountEmail };
        Assert.NotEmpty(await TablesHoldingAsync(api.App, needles)); // the search finds what is there
        Assert.Contains(last, await api.Coordinator.GetStringAsync($"/api/cohorts/{s.CohortId}/attendance.csv"));

        var erasure = await api.Admin.PostAsync($"/api/people/{erased}/erasure", new { }, 200);
        var pseudonym = erasure.Str("pseudonym");
        Assert.Matches(@"^Personne supprimée n°\d+$", pseudonym);

        // Wherever the person is shown, the pseudonym; their account, calendar feed and inbox are gone.
        var person = await api.Coordinator.GetAsync($"/api/people/{erased}", 200);
        Assert.Equal(pseudonym, $"{person.Str("firstName")} {person.Str("lastName")}");
        Assert.False(person.GetProperty("hasAccount").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await catalyst.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Anonymous.GetAsync(feedPath)).StatusCode);
        Assert.Contains($"{pseudonym.Split(' ')[^1]};Personne supprimée", await api.Coordinator.GetStringAsync($"/api/cohorts/{s.CohortId}/attendance.csv"));
        // No longer someone new work can name.
        var elsewhere = await s.TerritoryAsync(status: "Accepted");
        var notAgain = await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{s.CohortId}/pairs",
            new { territoryId = elsewhere, memberIds = new[] { erased, await s.PersonAsync("Lou", "Nédélec") }, fromDate = "2018-06-01" }), 400);
        Assert.Contains("n'existe pas", notAgain.GetRawText());

        // The programme's figures do not move.
        var ratesAfter = await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/attendance/rates", 200);
        Assert.Equal(ratesBefore.GetProperty("territories").GetRawText(), ratesAfter.GetProperty("territories").GetRawText());
        double Rate(JsonElement rates) => rates.GetProperty("people").EnumerateArray().Single(p => p.Id("personId") == erased).GetProperty("presenceRate").GetDouble();
        Assert.Equal(Rate(ratesBefore), Rate(ratesAfter));

        // No table, and no file Parcours produces, holds the name or an address.
        Assert.Empty(await TablesHoldingAsync(api.App, needles));
        await api.Coordinator.PostAsync($"/api/committees/{committee}/meetings/{meeting}/progress-report", new { }, 201);
        var files = new List<(string Name, byte[] Bytes)>
        {
            ("roadmap.pdf", await api.Coordinator.GetByteArrayAsync($"{roadmap}.pdf")),
            ("attendance.csv", await api.Coordinator.GetByteArrayAsync($"/api/cohorts/{s.CohortId}/attendance.csv")),
            ("follow-ups.csv", await api.Coordinator.GetByteArrayAsync($"/api/cohorts/{s.CohortId}/follow-ups.csv")),
            ("report.pdf", await api.Coordinator.GetByteArrayAsync($"/api/cohorts/{s.CohortId}/report.pdf?at=2018-12-01")),
        };
        files.AddRange((await UnzipAsync(await api.Admin.GetAsync($"/api/people/{erased}/personal-data"))).Select(e => (e.Key, Encoding.UTF8.GetBytes(e.Value))));
        files.AddRange(Directory.EnumerateFiles(Path.Combine(api.App.Folder, "documents"), "*", SearchOption.AllDirectories).Select(f => (f, File.ReadAllBytes(f))));
        foreach (var (name, bytes) in files)
        {
            var text = await TextOfAsync(bytes);
            Assert.True(needles.All(n => !text.Contains(n, StringComparison.OrdinalIgnoreCase)), $"{name} holds the erased person");
        }

        // Erased once: a second request says so and changes nothing.
        var again = await Http.ExpectProblemAsync(await api.Admin.PostAsJsonAsync($"/api/people/{erased}/erasure", new { }), 409, "person-already-erased");
        Assert.Contains("déjà été supprimée", again.GetRawText());
    }

    [Fact]
    public async Task Erasure_IsRefused_ForTheOnlyMemberOfARunningBinome_AndChangesNothing()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion en cours", year: 2027);
        var territory = await s.TerritoryAsync("Presqu'île de Crozon", status: "Accepted");
        var alone = await s.PersonAsync("Solène", "Kerouac");
        var leaving = await s.PersonAsync("Yann", "Le Gall");
        var pair = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/pairs", new { territoryId = territory, memberIds = new[] { alone, leaving }, fromDate = "2026-09-01" }, 201)).Id();
        await api.Coordinator.PostAsync($"/api/pairs/{pair}/leave", new { personId = leaving, date = "2026-10-01" }, 200);

        var refused = await Http.ExpectProblemAsync(await api.Admin.PostAsJsonAsync($"/api/people/{alone}/erasure", new { }), 409, "person-sole-pair-member");
        Assert.Contains("« Presqu'île de Crozon »", refused.Str("detail"));
        Assert.Equal("Kerouac", (await api.Coordinator.GetAsync($"/api/people/{alone}", 200)).Str("lastName"));
        // The one who left may go: the binôme does not depend on them.
        await api.Admin.PostAsync($"/api/people/{leaving}/erasure", new { }, 200);
        await Http.ExpectProblemAsync(await api.Admin.PostAsJsonAsync($"/api/people/{Guid.NewGuid()}/erasure", new { }), 404);
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/people/{alone}/erasure", new { }), 403);
    }

    [Fact]
    public async Task TheLastAdministrator_CannotBeErased_ASecondOneCan()
    {
        await using var app = new ParcoursApp();
        var admin = await app.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        var adminId = (await admin.GetAsync("/api/me", 200)).Str("userId");
        await admin.PostAsync("/api/admin/accounts", new { email = "coordination@tests.parcours", password = ParcoursApp.Password, roles = new[] { "Coordinator" } }, 201);
        var coordinator = await app.LoginAsync("coordination@tests.parcours", ParcoursApp.Password);
        var self = await new Scenario(coordinator).PersonAsync("Agnès", "Delorme", "agnes.delorme@tests.parcours");
        await admin.PutAsync($"/api/admin/accounts/{adminId}/person", new { personId = self }, 200);

        var refused = await Http.ExpectProblemAsync(await admin.PostAsJsonAsync($"/api/people/{self}/erasure", new { }), 409, "person-last-administrator");
        Assert.Contains("dernier compte administrateur", refused.Str("detail"));
        await admin.PostAsync("/api/admin/accounts", new { email = "relais@tests.parcours", password = ParcoursApp.Password, roles = new[] { "Administrator" } }, 201);
        await admin.PostAsync($"/api/people/{self}/erasure", new { }, 200);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/me")).StatusCode);
        await (await app.LoginAsync("relais@tests.parcours", ParcoursApp.Password)).GetAsync("/api/admin/audit?useCase=ErasePerson", 200);
    }

    [Fact]
    public async Task Retention_RemovesOnlyTheConfidentialNotesOfCohortsEndedLongAgo_AndSaysWhatItWouldRemoveFirst()
    {
        await using var app = new ParcoursApp(settings: new Dictionary<string, string?> { ["Retention:Apply"] = "true", ["Retention:FollowUpNotesMonths"] = "24" });
        var admin = await app.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        await admin.PostAsync("/api/admin/accounts", new { email = "coordination@tests.parcours", password = ParcoursApp.Password, roles = new[] { "Coordinator" } }, 201);
        var coordinator = await app.LoginAsync("coordination@tests.parcours", ParcoursApp.Password);
        async Task<(Guid Internal, Guid Shared)> NotesAsync(int year)
        {
            var s = await new Scenario(coordinator).CohortAsync($"Promotion {year}", year);
            var territory = await s.TerritoryAsync(status: "Accepted");
            Guid Note(JsonElement e) => e.Id();
            var day = $"{year - 1}-09-15";
            var body = (string visibility) => new { territoryId = territory, date = day, kind = "Rencontre", visibility, notes = $"Note {visibility} {year}", durationMinutes = 30,
                participants = Array.Empty<string>(), nextSteps = Array.Empty<object>() };
            return (Note(await coordinator.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", body("Internal"), 201)),
                Note(await coordinator.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", body("SharedWithPair"), 201)));
        }
        var old = await NotesAsync(2018);
        var running = await NotesAsync(2027);

        var preview = await admin.GetAsync("/api/admin/retention", 200);
        Assert.Equal(24, preview.GetProperty("followUpNotesMonths").GetInt32());
        var cohort = Assert.Single(preview.GetProperty("cohorts").EnumerateArray());
        Assert.Equal("Promotion 2018", cohort.Str("title"));
        Assert.Equal(1, cohort.GetProperty("confidentialNotes").GetInt32());
        await coordinator.GetAsync($"/api/follow-ups/{old.Internal}", 200);

        var report = await admin.PostAsync("/api/admin/retention/run", new { }, 200);
        Assert.True(report.GetProperty("applied").GetBoolean());
        Assert.Equal(1, report.GetProperty("confidentialNotes").GetInt32());
        await Http.ExpectProblemAsync(await coordinator.GetAsync($"/api/follow-ups/{old.Internal}"), 404);
        await coordinator.GetAsync($"/api/follow-ups/{old.Shared}", 200);
        await coordinator.GetAsync($"/api/follow-ups/{running.Internal}", 200);
        var history = (await coordinator.GetAsync($"/api/history/{old.Internal}", 200)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("ApplyRetention", history.First().Str("useCase"));
        Assert.Equal("Deleted", history.First().Str("action"));
        Assert.Empty((await admin.GetAsync("/api/admin/retention", 200)).GetProperty("cohorts").EnumerateArray());
    }

    [Fact]
    public async Task Retention_OnlySimulates_UntilItIsSwitchedOn()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion 2018 gardée");
        var territory = await s.TerritoryAsync(status: "Accepted");
        var note = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", new
        {
            territoryId = territory, date = "2018-04-02", kind = "Rencontre", visibility = "Internal", notes = "À garder tant que la conservation simule.",
            durationMinutes = 30, participants = Array.Empty<string>(), nextSteps = Array.Empty<object>(),
        }, 201)).Id();
        Assert.Contains((await api.Admin.GetAsync("/api/admin/retention", 200)).GetProperty("cohorts").EnumerateArray(), c => c.Id("cohortId") == s.CohortId);
        var report = await api.Admin.PostAsync("/api/admin/retention/run", new { }, 200);
        Assert.False(report.GetProperty("applied").GetBoolean());
        Assert.True(report.GetProperty("confidentialNotes").GetInt32() >= 1);
        await api.Coordinator.GetAsync($"/api/follow-ups/{note}", 200);
    }
}
