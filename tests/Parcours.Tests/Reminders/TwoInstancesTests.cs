using Parcours.Tests.Support;

namespace Parcours.Tests.Reminders;

/// <summary>
/// Two instances of the application — two processes, as behind a load balancer — on one PostgreSQL database,
/// both dispatching: one is killed (as kill -9) while 400 reminders are leaving and started again. Each reminder
/// leaves once; nobody is lost; only what was in flight at the kill is « uncertain ».
/// </summary>
[Trait(FixedDatabase.Trait, FixedDatabase.Value)]
[Collection(PostgreSqlCollection.Name)]
public sealed class TwoInstancesTests(PostgreSqlCluster cluster, SmtpSink smtp)
{
    private const int Pairs = 200;
    private const int ParallelSends = 8;

    [Fact]
    public async Task TwoInstancesOnOneDatabase_OneKilledWhileSending_EachReminderLeavesOnce()
    {
        var connection = await cluster.NewDatabaseAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var folders = new[] { "a", "b" }.Select(n => Path.Combine(Path.GetTempPath(), "parcours-tests", $"two-{n}-{Guid.NewGuid():N}")).ToArray();
        foreach (var f in folders) Directory.CreateDirectory(f);
        var urls = folders.Select(_ => $"http://127.0.0.1:{AppProcesses.FreePort()}").ToArray();
        Dictionary<string, string> Settings(int i) => new() { ["Database__Provider"] = "PostgreSql", ["Reminders__SchedulerName"] = i == 0 ? "Instance-A" : "Instance-B" };
        System.Diagnostics.Process Start(int i) => AppProcesses.Start(folders[i], urls[i], smtp.Port, connection, Settings(i));
        using var toA = new HttpClient { BaseAddress = new Uri(urls[0]), Timeout = TimeSpan.FromSeconds(60) };
        using var toB = new HttpClient { BaseAddress = new Uri(urls[1]), Timeout = TimeSpan.FromSeconds(60) };

        // A migrates the database first; B then joins it.
        var a = Start(0);
        System.Diagnostics.Process? b = null;
        try
        {
            await AppProcesses.ReadyAsync(toA, a);
            b = Start(1);
            await AppProcesses.ReadyAsync(toB, b);
            var cohort = await AppProcesses.SeedAsync(toA, tag, Pairs);
            int Received() => smtp.Messages().Count(m => m.GetProperty("to")[0].GetString()!.EndsWith($"-{tag}@crash.test", StringComparison.Ordinal));

            await AppProcesses.WaitUntilAsync(() => Received() >= 60, TimeSpan.FromSeconds(90), "60 messages received");
            a.Kill(entireProcessTree: true);
            await a.WaitForExitAsync();
            a.Dispose();
            a = Start(0);
            await AppProcesses.ReadyAsync(toA, a);

            // Read through the instance that was never stopped.
            await AppProcesses.LoginAsync(toB, "coordination@crash.test", "Crash-Coordinator-1");
            System.Text.Json.JsonElement counts = default;
            await AppProcesses.WaitUntilAsync(async () =>
            {
                counts = (await Http.GetAsync(toB, $"/api/reminders?cohortId={cohort}&rule=SessionEarly&pageSize=1", 200)).GetProperty("countsByStatus");
                return AppProcesses.Count(counts, "Scheduled") == 0 && AppProcesses.Count(counts, "Sending") == 0;
            }, TimeSpan.FromSeconds(120), "every reminder settled");

            var received = smtp.Messages().Where(m => m.GetProperty("to")[0].GetString()!.EndsWith($"-{tag}@crash.test", StringComparison.Ordinal))
                .GroupBy(m => m.GetProperty("to")[0].GetString()!).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(received, r => Assert.True(r.Value == 1, $"{r.Key} received {r.Value} messages"));
            var sent = AppProcesses.Count(counts, "Sent");
            var uncertain = await AppProcesses.AllAsync(toB, $"/api/reminders?cohortId={cohort}&rule=SessionEarly&status=Uncertain");
            Assert.Equal(2 * Pairs, sent + AppProcesses.Count(counts, "Uncertain"));
            Assert.InRange(uncertain.Count, 0, ParallelSends); // at most what the killed instance had in flight
            var uncertainAddresses = uncertain.Select(r => r.GetProperty("recipientEmail").GetString()!).ToHashSet();
            for (var n = 0; n < Pairs; n++)
            {
                foreach (var k in new[] { 0, 1 })
                {
                    var address = $"slow-{n}-{k}-{tag}@crash.test";
                    Assert.True(received.ContainsKey(address) || uncertainAddresses.Contains(address), $"{address} was lost");
                }
            }
            // The kill did land mid-dispatch: what the killed instance had claimed was taken back (by the other, or by itself restarted).
            Assert.Contains(folders.SelectMany(f => Directory.GetFiles(f, "app-*.log")).Select(File.ReadAllText),
                t => t.Contains("Rappels repris après un arrêt", StringComparison.Ordinal));
        }
        finally
        {
            foreach (var process in new[] { a, b }.OfType<System.Diagnostics.Process>())
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                process.Dispose();
            }
        }
    }
}
