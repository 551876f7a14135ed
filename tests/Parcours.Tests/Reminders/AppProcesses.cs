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

/// <summary>The application run as real processes — started, killed, started again — and the few things the crash tests ask of it.</summary>
internal static class AppProcesses
{
    /// <summary>The application as a process of its own (so that it can be killed as kill -9 does), its output in a file beside its data.</summary>
    public static Process Start(string folder, string baseUrl, int smtpPort, string connectionString, IDictionary<string, string>? settings = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Parcours.Api.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add(dll);
        var env = start.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["ASPNETCORE_URLS"] = baseUrl;
        env["App__PublicUrl"] = baseUrl;
        env["ConnectionStrings__Parcours"] = connectionString;
        env["DataProtection__KeysPath"] = Path.Combine(folder, "keys");
        env["Documents__Path"] = Path.Combine(folder, "documents");
        env["Bootstrap__AdminEmail"] = "admin@crash.test";
        env["Bootstrap__AdminPassword"] = "Crash-Admin-Password-1";
        env["Smtp__Host"] = "127.0.0.1";
        env["Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture);
        env["Smtp__From"] = "parcours@crash.test";
        env["Smtp__TimeoutSeconds"] = "5";
        env["Reminders__PollSeconds"] = "1";
        env["Reminders__StaleClaimSeconds"] = "2";
        env["Logging__LogLevel__Default"] = "Warning";
        env["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) env[key] = value;
        var process = Process.Start(start)!;
        // Drained into a file beside the database (read when a test fails), so that a full pipe never blocks the child.
        var log = TextWriter.Synchronized(new StreamWriter(Path.Combine(folder, $"app-{process.Id}.log")) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task ReadyAsync(HttpClient http, Process app)
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

    public static async Task LoginAsync(HttpClient http, string email, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password });
        var token = await Http.ExpectAsync(response, 200);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
    }

    /// <summary>A cohort of <paramref name="pairs"/> binômes whose first session is a week away: twice as many J-7 reminders due now.</summary>
    public static async Task<Guid> SeedAsync(HttpClient http, string tag, int pairs)
    {
        await LoginAsync(http, "admin@crash.test", "Crash-Admin-Password-1");
        await Http.PostAsync(http, "/api/admin/accounts", new { email = "coordination@crash.test", password = "Crash-Coordinator-1", roles = new[] { "Coordinator" } }, 201);
        await LoginAsync(http, "coordination@crash.test", "Crash-Coordinator-1");
        string Day(int offset) => ParisDate.Day(offset);
        var programme = (await Http.PostAsync(http, "/api/programmes", new { name = $"Crash {tag}" }, 201)).Id();
        var cohort = (await Http.PostAsync(http, "/api/cohorts", new
        {
            programmeId = programme, title = "Promotion sous tension", startDate = Day(-200), endDate = Day(400), targetTerritoryCount = pairs,
            phases = new[]
            {
                new { kind = "ConceptionLaunch", startDate = Day(-200), endDate = Day(-100) },
                new { kind = "Realisation", startDate = Day(-99), endDate = Day(300) },
                new { kind = "EvaluationDeployment", startDate = Day(301), endDate = Day(400) },
            },
        }, 201)).Id();
        var csv = new StringBuilder("nom;type;région;structure\n");
        for (var n = 0; n < pairs; n++) csv.Append(CultureInfo.InvariantCulture, $"Territoire {n:000} {tag};Commune;Bretagne;Association\n");
        await Http.ExpectAsync(await http.PostAsync($"/api/cohorts/{cohort}/territories/import?date={Day(-150)}", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv")), 200);
        var territories = new List<Guid>();
        for (var page = 1; territories.Count < pairs; page++)
        {
            var chunk = await Http.GetAsync(http, $"/api/cohorts/{cohort}/territories?pageSize=100&page={page}", 200);
            territories.AddRange(chunk.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("territory").Id()));
        }
        for (var n = 0; n < pairs; n++)
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

    public static async Task<List<JsonElement>> AllAsync(HttpClient http, string url)
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

    public static int Count(JsonElement counts, string status) => counts.TryGetProperty(status, out var n) ? n.GetInt32() : 0;

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public static Task WaitUntilAsync(Func<bool> done, TimeSpan limit, string what) => WaitUntilAsync(() => Task.FromResult(done()), limit, what);

    public static async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan limit, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(watch.Elapsed < limit, $"Timed out waiting for {what}.");
            await Task.Delay(50);
        }
    }
}
