using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Parcours.Tests.Support;

namespace Parcours.Tests.Operations;

/// <summary>
/// « dotnet Parcours.Api.dll backup / restore », run as an operator would, against an installation that
/// keeps serving and writing: the restored installation starts with every row, every document byte, and
/// accepts a token issued before the backup.
/// </summary>
[Trait(FixedDatabase.Trait, FixedDatabase.Value)]
public sealed class BackupTests
{
    private const string DemoPassword = "Demo-Password-2018";

    [Fact]
    public async Task ABackupTakenWhileWritesGoOn_RestoresEveryRowEveryDocumentAndEarlierTokens()
    {
        await using var original = new ParcoursApp(settings: new Dictionary<string, string?> { ["Demo:Seed"] = "true", ["Demo:Password"] = DemoPassword });
        var coordinator = await original.LoginAsync("coordination@parcours.demo", DemoPassword);
        var meetings = new List<(Guid Committee, Guid Meeting)>();
        foreach (var cohort in (await coordinator.GetAsync("/api/cohorts", 200)).GetProperty("items").EnumerateArray())
        {
            foreach (var c in (await coordinator.GetAsync($"/api/cohorts/{cohort.Id()}/committees", 200)).EnumerateArray())
            {
                meetings.AddRange((await coordinator.GetAsync($"/api/committees/{c.Id()}/meetings", 200)).EnumerateArray().Select(m => (c.Id(), m.Id())));
            }
        }
        var (committee, meeting) = meetings[0]; // the pilot's comité d'orientation
        var content = Encoding.UTF8.GetBytes("Compte rendu du comité d'orientation — relevé de décisions.\n");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "fichier", "compte-rendu.txt");
        var document = await Http.ExpectAsync(await coordinator.PostAsync($"/api/committees/{committee}/meetings/{meeting}/documents", form), 201);

        // Writes go on while the backup runs.
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await coordinator.PostAsJsonAsync("/api/people", new { firstName = "Claire", lastName = $"Pendant {written}", email = $"pendant-{written}@sauvegarde.test" });
                Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
                written++;
            }
        });
        await Task.Delay(300);
        var backup = Path.Combine(original.Folder, "..", Guid.NewGuid().ToString("N") + "-sauvegarde");
        var (code, output) = await RunAsync("backup", backup, original.Folder);
        await stop.CancelAsync();
        await writer;
        Assert.True(code == 0, output);
        Assert.Contains("Sauvegarde faite", output, StringComparison.Ordinal);
        Assert.True(written > 0, "no write went on during the backup");

        // A second backup into the same folder is refused, and writes nothing.
        var (again, refusal) = await RunAsync("backup", backup, original.Folder);
        Assert.Equal(1, again);
        Assert.Contains("n'est pas vide", refusal, StringComparison.Ordinal);

        var restoredFolder = Path.Combine(Path.GetTempPath(), "parcours-tests", Guid.NewGuid().ToString("N"));
        var (restored, said) = await RunAsync("restore", backup, restoredFolder);
        Assert.True(restored == 0, said);
        var (over, overSaid) = await RunAsync("restore", backup, restoredFolder);
        Assert.Equal(1, over);
        Assert.Contains("existe déjà", overSaid, StringComparison.Ordinal);

        var saved = await CountsAsync(Path.Combine(backup, "parcours.db"));
        Assert.True(saved["People"] > 0 && saved["Participations"] > 0 && saved["CommitteeDocuments"] > 0, string.Join(", ", saved));
        await using var copy = new ParcoursApp(restoredFolder);
        using var client = copy.CreateClient();
        client.DefaultRequestHeaders.Authorization = coordinator.DefaultRequestHeaders.Authorization; // issued by the original, before the backup
        Assert.Equal(saved["People"], (await client.GetAsync("/api/people?pageSize=1", 200)).GetProperty("total").GetInt32());
        var downloaded = await client.GetAsync($"/api/documents/{document.Id()}");
        Assert.Equal(content, await downloaded.Content.ReadAsByteArrayAsync());
        // Every table, row for row: the restored installation, started, holds what the backup held.
        Assert.Equal(saved, await CountsAsync(copy.DatabasePath));
    }

    private static async Task<SortedDictionary<string, long>> CountsAsync(string database)
    {
        await using var db = await AppDatabase.OpenSqliteAsync(database);
        return await db.RowCountsAsync();
    }

    /// <summary>The operator's command, with the settings of the installation in <paramref name="folder"/>.</summary>
    private static async Task<(int Code, string Output)> RunAsync(string verb, string backup, string folder)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Parcours.Api.dll"));
        start.ArgumentList.Add(verb);
        start.ArgumentList.Add(backup);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Parcours"] = $"Data Source={Path.Combine(folder, "parcours.db")}";
        start.Environment["DataProtection__KeysPath"] = Path.Combine(folder, "keys");
        start.Environment["Documents__Path"] = Path.Combine(folder, "documents");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
