using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>
/// The OpenAPI document tells the truth: a linter we did not write (Spectral, ruleset spectral:oas)
/// finds neither error nor warning, every operation has a stable id, a French summary and who may
/// call it, and declares every status the authorization matrix sees it answer.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ContractTests(ApiFixture api)
{
    private async Task<JsonElement> DocumentAsync() => await api.Anonymous.GetAsync("/openapi/v1.json", 200);

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch")
            .Select(o => (o.Name.ToUpperInvariant(), path.Name, o.Value)));

    [Fact]
    public async Task Spectral_FindsNoErrorAndNoWarning()
    {
        var file = Path.Combine(api.App.Folder, "openapi.json");
        await File.WriteAllTextAsync(file, (await DocumentAsync()).GetRawText());
        var tools = Path.Combine(Root(), "tools", "spectral");
        var start = new ProcessStartInfo(Path.Combine(tools, "node_modules", ".bin", "spectral"))
        {
            WorkingDirectory = tools, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var a in new[] { "lint", file, "--ruleset", ".spectral.yaml", "--fail-severity", "warn", "--format", "text" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, output);
        Assert.DoesNotContain(" warning ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryOperation_HasAStableIdAFrenchSummaryAndSaysWhoMayCallIt()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (method, path, operation) in Operations(await DocumentAsync()))
        {
            var id = operation.GetProperty("operationId").GetString()!;
            Assert.True(ids.Add(id), $"{method} {path}: operationId {id} twice");
            Assert.Matches("^[a-z][A-Za-z0-9]+$", id);
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.Contains("Qui : ", operation.GetProperty("description").GetString());
        }
        // Every operation of the API is there: the matrix's rows, and the three of /api/auth.
        Assert.Equal(AuthorizationMatrixTests.Rows.Length + 3, ids.Count);
    }

    [Fact]
    public async Task PublicOperations_AskForNoToken_AndFilesSayTheirType()
    {
        var document = await DocumentAsync();
        foreach (var (path, method) in new[] { ("/api/auth/login", "post"), ("/api/auth/refresh", "post"), ("/api/calendar/{token}.ics", "get"), ("/api/notifications/unsubscribe", "get") })
        {
            Assert.Equal(0, document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("security").GetArrayLength());
        }
        Assert.True(document.GetProperty("paths").GetProperty("/api/cohorts/{cohortId}/report.pdf").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/pdf", out _));
        Assert.True(document.GetProperty("paths").GetProperty("/api/calendar/{token}.ics").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/calendar", out _));
    }

    [Fact]
    public async Task EveryStatusTheMatrixSees_IsDeclaredByItsOperation()
    {
        var operations = Operations(await DocumentAsync())
            .ToDictionary(o => $"{o.Method} {Regex.Replace(o.Path, @"\{[^}]+\}", "{}")}", o => o.Operation, StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var row in AuthorizationMatrixTests.Rows)
        {
            Assert.True(operations.TryGetValue(row.Name, out var operation), $"{row.Name} is not in the document");
            var declared = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet();
            missing.AddRange(row.Statuses.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Where(s => !declared.Contains(s)).Select(s => $"{row.Name} answers {s} but does not declare it"));
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parcours.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Parcours.sln not found above the test binaries.");
    }
}
