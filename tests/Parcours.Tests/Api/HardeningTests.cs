using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>What a hostile client found (issue « Hardening »), each proved over HTTP: no 500, nothing changed by a rejected request, tokens that die when they should.</summary>
[Collection(ApiCollection.Name)]
public sealed class HardeningTests(ApiFixture api)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private async Task<(Scenario S, Guid Committee, Guid Meeting)> MeetingAsync()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var committee = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/committees", new { kind = "Orientation" }, 201)).Id();
        var meeting = (await api.Coordinator.PostAsync($"/api/committees/{committee}/meetings",
            new { title = "Lancement", startsAt = "2018-03-20T14:00:00", durationMinutes = 180, place = "CGET", agenda = new[] { "Tour de table" } }, 201)).Id();
        return (s, committee, meeting);
    }

    private async Task<int> DocumentCountAsync(Guid committee, Guid meeting) =>
        (await api.Coordinator.GetAsync($"/api/committees/{committee}/meetings/{meeting}", 200)).GetProperty("documents").GetArrayLength();

    [Fact]
    public async Task FollowUpOfACohortThatIsNotTheirs_IsNotFound_ForCoachesAndCatalysts_NeverA500OrAnEmptyList()
    {
        var mine = await new Scenario(api.Coordinator).CohortAsync();
        var (_, _, person, _) = await mine.PairAsync();
        var catalyst = await api.CatalystAsync(person);
        var other = await new Scenario(api.Coordinator).CohortAsync();
        foreach (var path in new[] { "follow-ups", "follow-ups.csv", "follow-up/activity", "follow-up/without-contact", "follow-up/overdue-steps" })
        {
            await Http.ExpectProblemAsync(await api.Coach.GetAsync($"/api/cohorts/{Guid.NewGuid()}/{path}"), 404, "not-found");
            await Http.ExpectProblemAsync(await api.Coach.GetAsync($"/api/cohorts/{other.CohortId}/{path}"), 404, "not-found");
        }
        foreach (var path in new[] { "follow-ups", "follow-ups.csv" })
        {
            await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/cohorts/{other.CohortId}/{path}"), 404, "not-found");
        }
        // In their own cohort the catalyst still reads (an empty list here).
        Assert.Equal(0, (await catalyst.GetAsync($"/api/cohorts/{mine.CohortId}/follow-ups", 200)).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task AReportAtAnImpossibleDate_Is400InFrench_ForJsonPdfAndCsv(string at)
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        foreach (var path in new[] { "report", "report.pdf", "report/statuts.csv" })
        {
            var problem = await Http.ExpectProblemAsync(await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/{path}?at={at}"), 400, "validation");
            Assert.Contains("comprise entre 1900 et 2199", problem.GetProperty("errors").GetProperty("at")[0].GetString());
        }
    }

    [Fact]
    public async Task AFilterOutsideItsList_Is400_NotAnEmptyResult()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/territories?kind=12"), 400, "validation");
        Assert.Contains("« 12 »", problem.GetProperty("errors").GetProperty("kind")[0].GetString());
        await Http.ExpectProblemAsync(await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/territories?status=12"), 400, "validation");
        await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/territories?kind=Commune", 200);
    }

    [Fact]
    public async Task UploadsThatAreCutShort_HaveNoBoundary_OrUseAnotherField_Are400_AndStoreNothing()
    {
        var (_, committee, meeting) = await MeetingAsync();
        var url = $"/api/committees/{committee}/meetings/{meeting}/documents";

        var noBoundary = new ByteArrayContent(Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"a.pdf\"\r\n\r\n%PDF\r\n--x--\r\n"));
        noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsync(url, noBoundary), 400);

        var cut = new ByteArrayContent(Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 tronqu"));
        cut.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsync(url, cut), 400);

        var elsewhere = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        elsewhere.Add(file, "document", "compte-rendu.pdf");
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsync(url, elsewhere), 400, "validation");
        Assert.Contains("« fichier »", problem.GetProperty("errors").GetProperty("fichier")[0].GetString());
        Assert.Equal(0, await DocumentCountAsync(committee, meeting));
    }

    [Fact]
    public async Task ACohortUpdateNamingAnUnknownProgramme_IsRefused_AndChangesNothing()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var body = Scenario.CohortBody(Guid.NewGuid(), "Titre qui ne doit pas passer");
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/cohorts/{s.CohortId}", body), 400, "validation");
        Assert.Contains("programmeId", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        var other = (await api.Coordinator.PostAsync("/api/programmes", new { name = $"Autre {Guid.NewGuid():N}" }, 201)).Id();
        await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/cohorts/{s.CohortId}", Scenario.CohortBody(other, "Titre qui ne doit pas passer")), 409, "cohort-programme-fixed");
        Assert.Equal("Promotion de test", (await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}", 200)).Str("title"));
        await api.Coordinator.PutAsync($"/api/cohorts/{s.CohortId}", Scenario.CohortBody(s.ProgrammeId, "Nouveau titre"), 200);
    }

    [Fact]
    public async Task CellsThatLookLikeFormulas_AreNeutralised_InEveryCsvExport()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var territory = await s.TerritoryAsync("=HYPERLINK(\"http://pirate.example\";\"clic\")", status: "Accepted");
        var first = await s.PersonAsync("+Claire", "@Lefèvre");
        var second = await s.PersonAsync("-Mathieu", "Moreau");
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/pairs", new { territoryId = territory, memberIds = new[] { first, second }, fromDate = "2018-03-01" }, 201);
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", new
        {
            territoryId = territory, date = "2018-05-20", kind = "Rencontre", visibility = "Internal", notes = "=1+1",
        }, 201);

        var s1 = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        await api.Coordinator.PutAsync($"/api/sessions/{s1}/attendance", new { entries = new[] { new { personId = first, status = "Present" }, new { personId = second, status = "Absent" } } }, 200);
        var attendance = await api.Coordinator.GetStringAsync($"/api/cohorts/{s.CohortId}/attendance.csv");
        Assert.Contains("'=HYPERLINK", attendance);
        Assert.Contains("'+Claire", attendance);
        Assert.Contains("'@Lefèvre", attendance);
        Assert.Contains("'-Mathieu", attendance);
        var followUps = await api.Coordinator.GetStringAsync($"/api/cohorts/{s.CohortId}/follow-ups.csv");
        Assert.Contains("'=1+1", followUps);
        Assert.DoesNotContain(";=", followUps);
        var report = await api.Coordinator.GetStringAsync($"/api/cohorts/{s.CohortId}/report/assiduite-territoires.csv?at=2018-06-01");
        Assert.Contains("'=HYPERLINK", report);
    }

    /// <summary>A fresh account of its own (so that ending its sessions touches no other test), signed in for its tokens.</summary>
    private async Task<(HttpClient Client, ParcoursApp.TokenResponse Tokens)> FreshTokensAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@tests.parcours";
        await api.NewAccountAsync(role, email: email);
        var client = api.App.CreateClient();
        var tokens = (await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = ParcoursApp.Password })).Content.ReadFromJsonAsync<ParcoursApp.TokenResponse>())!;
        return (client, tokens);
    }

    [Fact]
    public async Task Logout_EndsTheBearerTokenAndItsRefreshToken()
    {
        var (client, tokens) = await FreshTokensAsync("Coordinator");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        await client.GetAsync("/api/me", 200);
        await client.PostAsync("/api/auth/logout", new { }, 204);
        await Http.ExpectProblemAsync(await client.GetAsync("/api/me"), 401, "session-ended");
        var anonymous = api.App.CreateClient();
        await Http.ExpectProblemAsync(await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken }), 401);
    }

    [Fact]
    public async Task ARefreshToken_ServesOnce()
    {
        var (client, tokens) = await FreshTokensAsync("Coach");
        var renewed = await client.PostAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken }, 200);
        await Http.ExpectProblemAsync(await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken }), 401, "refresh-token-used");
        // The reuse of a token closes every session of the account: the renewed token is refused too.
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", renewed.Str("accessToken"));
        await Http.ExpectProblemAsync(await client.GetAsync("/api/me"), 401, "session-ended");
    }

    [Fact]
    public async Task RolesRemoved_TakeEffectOnTheVeryNextRequest()
    {
        var email = $"roles-{Guid.NewGuid():N}@tests.parcours";
        var coordinator = await api.NewAccountAsync("Coordinator", email: email);
        await coordinator.GetAsync("/api/cohorts", 200);
        var id = await AccountIdAsync(email);
        await api.Admin.PutAsync($"/api/admin/accounts/{id}/roles", new { roles = Array.Empty<string>() }, 200);
        await Http.ExpectProblemAsync(await coordinator.GetAsync("/api/cohorts"), 401, "session-ended");
    }

    [Fact]
    public async Task ALockedAccount_IsRefusedOnTheVeryNextRequest_AndServedAgainOnceUnlockedAndSignedIn()
    {
        var email = $"lock-{Guid.NewGuid():N}@tests.parcours";
        var coach = await api.NewAccountAsync("Coach", email: email);
        await coach.GetAsync("/api/me", 200);
        var id = await AccountIdAsync(email);
        await api.Admin.PutAsync($"/api/admin/accounts/{id}/lock", new { locked = true }, 200);
        await Http.ExpectProblemAsync(await coach.GetAsync("/api/me"), 401, "session-ended");
        await api.Admin.PutAsync($"/api/admin/accounts/{id}/lock", new { locked = false }, 200);
        // The old token stays refused (the lock changed the account's stamp); a new sign-in is served.
        await Http.ExpectProblemAsync(await coach.GetAsync("/api/me"), 401, "session-ended");
        var again = await api.App.LoginAsync(email, ParcoursApp.Password);
        await again.GetAsync("/api/me", 200);
    }

    private async Task<string> AccountIdAsync(string email)
    {
        for (var page = 1; ; page++)
        {
            var accounts = await api.Admin.GetAsync($"/api/admin/accounts?pageSize=100&page={page}", 200);
            var found = accounts.GetProperty("items").EnumerateArray().FirstOrDefault(a => a.Str("email") == email);
            if (found.ValueKind != System.Text.Json.JsonValueKind.Undefined) return found.Str("id");
            Assert.True(accounts.GetProperty("items").GetArrayLength() == 100, $"{email} not found");
        }
    }

    [Fact]
    public async Task LoginTime_DoesNotTellWhichEmailsHaveAnAccount()
    {
        var client = api.App.CreateClient();
        // Three accounts, four wrong passwords each (under the five failures that lock an account), each try
        // followed by one for an unknown address: both kinds meet the same load on a busy test machine.
        var accounts = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var email = $"temps-{Guid.NewGuid():N}@tests.parcours";
            await api.NewAccountAsync("Coach", email: email);
            accounts.Add(email);
        }
        async Task<double> TimeAsync(string email)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "Mauvais-Mot-De-Passe-1" });
            var elapsed = watch.Elapsed.TotalMilliseconds;
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            return elapsed;
        }
        var known = new List<double>();
        var unknown = new List<double>();
        for (var round = 0; round < 4; round++)
        {
            foreach (var email in accounts)
            {
                known.Add(await TimeAsync(email));
                unknown.Add(await TimeAsync($"personne-{Guid.NewGuid():N}@tests.parcours"));
            }
        }
        static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
        // Both hash a password now; before, an unknown address answered about forty times faster.
        Assert.True(Median(unknown) > Median(known) * 0.4, $"unknown address {Median(unknown):0.0} ms against known {Median(known):0.0} ms");
    }

    [Fact]
    public async Task ACookieAloneCannotWriteToTheApi_ButCanReadAndSignOut()
    {
        var browser = api.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var email = $"cookie-{Guid.NewGuid():N}@tests.parcours";
        await api.NewAccountAsync("Coordinator", email: email);
        (await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = ParcoursApp.Password })).EnsureSuccessStatusCode();
        var name = $"Forgé {Guid.NewGuid():N}";
        await Http.ExpectProblemAsync(await browser.PostAsJsonAsync("/api/programmes", new { name }), 403, "cookie-write-refused");
        Assert.DoesNotContain(name, (await api.Coordinator.GetAsync("/api/programmes", 200)).GetRawText());
        await browser.GetAsync("/api/cohorts", 200);
        await browser.PostAsync("/api/auth/logout", new { }, 204);
    }

    [Fact]
    public async Task Answers_CarryTheProtectiveHeaders_AndSayNothingOfTheServer()
    {
        var api1 = await api.Anonymous.GetAsync("/health/live");
        Assert.Equal("nosniff", api1.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", api1.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(api1.Headers.Contains("Server"));
        var page = await api.Anonymous.GetAsync("/connexion");
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());

        var (_, committee, meeting) = await MeetingAsync();
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "fichier", "ordre-du-jour.pdf");
        var document = await Http.ExpectAsync(await api.Coordinator.PostAsync($"/api/committees/{committee}/meetings/{meeting}/documents", form), 201);
        var download = await api.Coordinator.GetAsync($"/api/documents/{document.Id()}");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task InProduction_TheApiDocumentIsOffUnlessTheSettingTurnsItOn()
    {
        using var closed = new ParcoursApp(settings: new Dictionary<string, string?> { ["OpenApi:Enabled"] = "false" });
        var anonymous = closed.CreateClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        var admin = await closed.LoginAsync(ParcoursApp.AdminEmail, ParcoursApp.AdminPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task ACoachHoldingASeat_ButNotACommitteeMember_ReadsOnlyWhatIsShared()
    {
        var (s, committee, meeting) = await MeetingAsync();
        var coachPerson = await s.PersonAsync("Pierre", "Vasseur");
        var coach = await api.NewAccountAsync("Coach", coachPerson);
        await api.Coordinator.PostAsync($"/api/committees/{committee}/seats", new { organisation = "Opus 3", personId = coachPerson, joinedOn = "2018-02-01" }, 200);
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "fichier", "interne.pdf");
        var document = await Http.ExpectAsync(await api.Coordinator.PostAsync($"/api/committees/{committee}/meetings/{meeting}/documents", form), 201);
        await Http.ExpectProblemAsync(await coach.GetAsync($"/api/committees/{committee}"), 403);
        await Http.ExpectProblemAsync(await coach.GetAsync($"/api/documents/{document.Id()}"), 404, "not-found");
    }

    [Fact]
    public async Task ABodySentToAnOperationThatTakesNone_Is400_NotIgnored()
    {
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PostAsync("/api/reminders/dispatch",
            new StringContent("{\"cohortId\":\"x\"}", Encoding.UTF8, "application/json")), 400, "unexpected-body");
        Assert.Contains("ne prend pas de corps", problem.Str("detail"));
        await api.Coordinator.PostAsync("/api/reminders/dispatch", new { }, 200);
    }

    [Fact]
    public async Task ParisTimes_AreDeclaredForWhatTheyAre_AndAnswersMatchTheirSchema()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var id = await s.ScheduleAsync(1, "2018-05-03T09:30:00");
        var session = await api.Coordinator.GetAsync($"/api/sessions/{id}", 200);
        var document = await api.Anonymous.GetAsync("/openapi/v1.json", 200);
        var properties = document.GetProperty("components").GetProperty("schemas").GetProperty("SessionDto").GetProperty("properties");
        var startsAt = properties.GetProperty("startsAt");
        Assert.False(startsAt.TryGetProperty("format", out _));
        Assert.Matches(startsAt.GetProperty("pattern").GetString()!, session.Str("startsAt"));
        Assert.Equal("2018-05-03T09:30:00", session.Str("startsAt"));
        Assert.Equal("date-time", properties.GetProperty("startsAtUtc").GetProperty("format").GetString());
        Assert.EndsWith("Z", session.Str("startsAtUtc"));
    }

    [Fact]
    public async Task SixtyFourWritersAtOnce_AllLand_NoneRefusedOrLost()
    {
        // Writers of one SQLite file wait their turn in the process (SqliteWriteGate): none is answered
        // « database is locked », none is lost, and the directory counts every one of them.
        var stamp = Guid.NewGuid().ToString("N")[..8];
        var before = (await api.Coordinator.GetAsync($"/api/people?search={stamp}", 200)).GetProperty("total").GetInt32();
        var answers = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => api.Coordinator.PostAsJsonAsync("/api/people",
            new { firstName = "Claire", lastName = $"Concurrente {i}", email = $"{stamp}-{i}@ecritures.test", organisation = "Mairie" })));
        Assert.All(answers, a => Assert.Equal(System.Net.HttpStatusCode.Created, a.StatusCode));
        Assert.Equal(before + 64, (await api.Coordinator.GetAsync($"/api/people?search={stamp}&pageSize=100", 200)).GetProperty("total").GetInt32());
    }
}
