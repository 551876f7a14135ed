using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Reminders;

/// <summary>
/// Reminders across real crashes: the application runs as a separate process and is killed (SIGKILL,
/// as kill -9) twice while 1,000 reminders are leaving; after the restarts nothing is lost, nothing
/// is sent twice, and only what was truly in flight is « uncertain ».
/// </summary>
[Collection(ReminderCollection.Name)]
public sealed class CrashTests(SmtpSink smtp)
{
    private const int Pairs = 500;
    private const int ParallelSends = 8;

    [Fact]
    public async Task KilledTwiceWhileSending1000Reminders_NothingIsLostNothingIsSentTwice_OnlyWhatWasInFlightIsUncertain()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parcours-tests", $"crash-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

        var app = Start(folder, baseUrl);
        try
        {
            await ReadyAsync(http, app);
            var cohort = await SeedAsync(http, tag);
            int Received() => smtp.Messages().Count(m => m.GetProperty("to")[0].GetString()!.EndsWith($"-{tag}@crash.test", StringComparison.Ordinal));

            // Two kills, at two points of the dispatch.
            foreach (var killAt in new[] { 60, 450 })
            {
                await WaitUntilAsync(() => Received() >= killAt, TimeSpan.FromSeconds(90), $"{killAt} messages received (folder {folder})");
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
                app.Dispose();
                app = Start(folder, baseUrl);
                await ReadyAsync(http, app);
            }

            // After the last restart: every reminder settles as sent or uncertain.
            await LoginAsync(http, "coordination@crash.test", "Crash-Coordinator-1");
            JsonElement counts = default;
            await WaitUntilAsync(async () =>
            {
                counts = (await Http.GetAsync(http, $"/api/reminders?cohortId={cohort}&rule=SessionEarly&pageSize=1", 200)).GetProperty("countsByStatus");
                return Count(counts, "Scheduled") == 0 && Count(counts, "Sending") == 0;
            }, TimeSpan.FromSeconds(120), "every reminder settled");

            var received = smtp.Messages().Where(m => m.GetProperty("to")[0].GetString()!.EndsWith($"-{tag}@crash.test", StringComparison.Ordinal))
                .GroupBy(m => m.GetProperty("to")[0].GetString()!).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(received, r => Assert.True(r.Value == 1, $"{r.Key} received {r.Value} messages"));
            var uncertain = await AllAsync(http, $"/api/reminders?cohortId={cohort}&rule=SessionEarly&status=Uncertain");
            var sent = Count(counts, "Sent");
            Assert.Equal(2 * Pairs, sent + Count(counts, "Uncertain"));
            Assert.InRange(Count(counts, "Uncertain"), 0, 2 * ParallelSends); // at most what was in flight at each kill
            // Nobody is lost: whoever received nothing is listed as uncertain, for a coordinator to resend.
            var uncertainAddresses = uncertain.Select(r => r.GetProperty("recipientEmail").GetString()!).ToHashSet();
            for (var n = 0; n < Pairs; n++)
            {
                foreach (var k in new[] { 0, 1 })
                {
                    var address = $"slow-{n}-{k}-{tag}@crash.test";
                    Assert.True(received.ContainsKey(address) || uncertainAddresses.Contains(address), $"{address} was lost");
                }
            }
            Assert.InRange(received.Count, sent, sent + uncertain.Count);
            Assert.All(uncertain, r => Assert.StartsWith("Envoi incertain", r.GetProperty("lastError").GetString()));
            // The kills did land mid-dispatch: a restarted instance took claimed messages back.
            Assert.Contains(Directory.GetFiles(folder, "app-*.log").Select(f => File.ReadAllText(f)), t => t.Contains("Rappels repris après un arrêt", StringComparison.Ordinal));
        }
        finally
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
            app.Dispose();
        }
    }

    private Process Start(string folder, string baseUrl)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Parcours.Api.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add(dll);
        var env = start.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["ASPNETCORE_URLS"] = baseUrl;
        env["App__PublicUrl"] = baseUrl;
        env["ConnectionStrings__Parcours"] = $"Data Source={Path.Combine(folder, "parcours.db")}";
        env["DataProtection__KeysPath"] = Path.Combine(folder, "keys");
        env["Documents__Path"] = Path.Combine(folder, "documents");
        env["Bootstrap__AdminEmail"] = "admin@crash.test";
        env["Bootstrap__AdminPassword"] = "Crash-Admin-Password-1";
        env["Smtp__Host"] = "127.0.0.1";
        env["Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        env["Smtp__From"] = "parcours@crash.test";
        env["Smtp__TimeoutSeconds"] = "5";
        env["Reminders__PollSeconds"] = "1";
        env["Reminders__StaleClaimSeconds"] = "2";
        env["Logging__LogLevel__Default"] = "Warning";
        env["Logging__Console__FormatterName"] = "simple";
        var process = Process.Start(start)!;
        // Drained into a file beside the database (read when a test fails), so that a full pipe never blocks the child.
        var log = TextWriter.Synchronized(new StreamWriter(Path.Combine(folder, $"app-{process.Id}.log")) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task ReadyAsync(HttpClient http, Process app)
    {
        await WaitUntilAsync(async () =>
        {
            Assert.False(app.HasExited, "the application stopped at start");
            try
            {
                return (await http.GetAsync("/health/ready")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(60), "the application ready");
    }

    private static async Task LoginAsync(HttpClient http, string email, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password });
        var token = await Http.ExpectAsync(response, 200);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
    }

    /// <summary>A cohort of 500 binômes whose first session is a week away: 1,000 J-7 reminders due now.</summary>
    private static async Task<Guid> SeedAsync(HttpClient http, string tag)
    {
        await LoginAsync(http, "admin@crash.test", "Crash-Admin-Password-1");
        await Http.PostAsync(http, "/api/admin/accounts", new { email = "coordination@crash.test", password = "Crash-Coordinator-1", roles = new[] { "Coordinator" } }, 201);
        await LoginAsync(http, "coordination@crash.test", "Crash-Coordinator-1");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var programme = (await Http.PostAsync(http, "/api/programmes", new { name = $"Crash {tag}" }, 201)).Id();
        var cohort = (await Http.PostAsync(http, "/api/cohorts", new
        {
            programmeId = programme, title = "Promotion sous tension", startDate = Day(-200), endDate = Day(400), targetTerritoryCount = Pairs,
            phases = new[]
            {
                new { kind = "ConceptionLaunch", startDate = Day(-200), endDate = Day(-100) },
                new { kind = "Realisation", startDate = Day(-99), endDate = Day(300) },
                new { kind = "EvaluationDeployment", startDate = Day(301), endDate = Day(400) },
            },
        }, 201)).Id();
        var csv = new StringBuilder("nom;type;région;structure\n");
        for (var n = 0; n < Pairs; n++) csv.Append(CultureInfo.InvariantCulture, $"Territoire {n:000} {tag};Commune;Bretagne;Association\n");
        await Http.ExpectAsync(await http.PostAsync($"/api/cohorts/{cohort}/territories/import?date={Day(-150)}", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv")), 200);
        var territories = new List<Guid>();
        for (var page = 1; territories.Count < Pairs; page++)
        {
            var chunk = await Http.GetAsync(http, $"/api/cohorts/{cohort}/territories?pageSize=100&page={page}", 200);
            territories.AddRange(chunk.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("territory").Id()));
        }
        for (var n = 0; n < Pairs; n++)
        {
            await Http.PostAsync(http, $"/api/cohorts/{cohort}/territories/{territories[n]}/accept", new { date = Day(-140) }, 200);
            var members = new List<Guid>();
            foreach (var k in new[] { 0, 1 })
            {
                members.Add((await Http.PostAsync(http, "/api/people", new { firstName = $"Prénom{k}", lastName = $"Nom{n:000}", email = $"slow-{n}-{k}-{tag}@crash.test" }, 201)).Id());
            }
            await Http.PostAsync(http, $"/api/cohorts/{cohort}/pairs", new { territoryId = territories[n], memberIds = members, fromDate = Day(-130) }, 201);
        }
        // S1 in a week and a few seconds: its J-7 reminders fall due a few seconds from now (a moment already
        // past when planned is not planned at all).
        var s1 = (await Http.GetAsync(http, $"/api/cohorts/{cohort}/sessions", 200))[0].Id();
        var startsAt = DateTime.UtcNow.AddDays(7).AddSeconds(5);
        await Http.PutAsync(http, $"/api/sessions/{s1}/schedule", new { startsAt = startsAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), durationMinutes = 360 }, 200);
        return cohort;
    }

    private static async Task<List<JsonElement>> AllAsync(HttpClient http, string url)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var chunk = await Http.GetAsync(http, $"{url}&pageSize=100&page={page}", 200);
            var items = chunk.GetProperty("items").EnumerateArray().ToList();
            all.AddRange(items);
            if (items.Count < 100) return all;
        }
    }

    private static int Count(JsonElement counts, string status) => counts.TryGetProperty(status, out var n) ? n.GetInt32() : 0;

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static Task WaitUntilAsync(Func<bool> done, TimeSpan limit, string what) => WaitUntilAsync(() => Task.FromResult(done()), limit, what);

    private static async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan limit, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(watch.Elapsed < limit, $"Timed out waiting for {what}.");
            await Task.Delay(50);
        }
    }
}
