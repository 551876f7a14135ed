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
// SQLite killed and started again; the same on PostgreSQL, with two instances, is TwoInstancesTests.
[Trait(FixedDatabase.Trait, FixedDatabase.Value)]
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
        var port = AppProcesses.FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

        var app = AppProcesses.Start(folder, baseUrl, smtp.Port, $"Data Source={Path.Combine(folder, "parcours.db")}");
        try
        {
            await AppProcesses.ReadyAsync(http, app);
            var cohort = await AppProcesses.SeedAsync(http, tag, Pairs);
            int Received() => smtp.Messages().Count(m => m.GetProperty("to")[0].GetString()!.EndsWith($"-{tag}@crash.test", StringComparison.Ordinal));

            // Two kills, at two points of the dispatch.
            foreach (var killAt in new[] { 60, 450 })
            {
                await AppProcesses.WaitUntilAsync(() => Received() >= killAt, TimeSpan.FromSeconds(90), $"{killAt} messages received (folder {folder})");
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
                app.Dispose();
                app = AppProcesses.Start(folder, baseUrl, smtp.Port, $"Data Source={Path.Combine(folder, "parcours.db")}");
                await AppProcesses.ReadyAsync(http, app);
            }

            // After the last restart: every reminder settles as sent or uncertain.
            await AppProcesses.LoginAsync(http, "coordination@crash.test", "Crash-Coordinator-1");
            JsonElement counts = default;
            await AppProcesses.WaitUntilAsync(async () =>
            {
                counts = (await Http.GetAsync(http, $"/api/reminders?cohortId={cohort}&rule=SessionEarly&pageSize=1", 200)).GetProperty("countsByStatus");
                return AppProcesses.Count(counts, "Scheduled") == 0 && AppProcesses.Count(counts, "Sending") == 0;
            }, TimeSpan.FromSeconds(120), "every reminder settled");

            var received = smtp.Messages().Where(m => m.GetProperty("to")[0].GetString()!.EndsWith($"-{tag}@crash.test", StringComparison.Ordinal))
                .GroupBy(m => m.GetProperty("to")[0].GetString()!).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(received, r => Assert.True(r.Value == 1, $"{r.Key} received {r.Value} messages"));
            var uncertain = await AppProcesses.AllAsync(http, $"/api/reminders?cohortId={cohort}&rule=SessionEarly&status=Uncertain");
            var sent = AppProcesses.Count(counts, "Sent");
            Assert.Equal(2 * Pairs, sent + AppProcesses.Count(counts, "Uncertain"));
            Assert.InRange(AppProcesses.Count(counts, "Uncertain"), 0, 2 * ParallelSends); // at most what was in flight at each kill
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
}
