using System.Text.Json;
using System.Net.Http.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class CohortTests(ApiFixture api)
{
    [Fact]
    public async Task CreateCohort_ReturnsItWithItsThreePhases()
    {
        var scenario = await new Scenario(api.Coordinator).CohortAsync("Promotion 2019");
        var cohort = await api.Coordinator.GetAsync($"/api/cohorts/{scenario.CohortId}", 200);
        Assert.Equal("Promotion 2019", cohort.Str("title"));
        Assert.Equal(["conception & lancement", "réalisation", "évaluation & déploiement"],
            cohort.GetProperty("phases").EnumerateArray().Select(p => p.Str("label")));
    }

    [Fact]
    public async Task UpdateCohort_ChangesTitleAndPhases()
    {
        var scenario = await new Scenario(api.Coordinator).CohortAsync();
        var body = Scenario.CohortBody(scenario.ProgrammeId, "Promotion renommée");
        var updated = await api.Coordinator.PutAsync($"/api/cohorts/{scenario.CohortId}", body, 200);
        Assert.Equal("Promotion renommée", updated.Str("title"));
        // The shared fixture holds more cohorts than a page: look through every page.
        var listed = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var items = (await api.Coordinator.GetAsync($"/api/cohorts?pageSize=100&page={page}", 200)).GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 0) break;
            listed.AddRange(items);
        }
        Assert.Contains(listed, c => c.Id() == scenario.CohortId && c.Str("title") == "Promotion renommée");
    }

    [Fact]
    public async Task CreateCohort_WithInvalidFields_Is400NamingEachField()
    {
        var scenario = await new Scenario(api.Coordinator).CohortAsync();
        var response = await api.Coordinator.PostAsJsonAsync("/api/cohorts", new
        {
            programmeId = scenario.ProgrammeId, title = "", startDate = "2018-12-31", endDate = "2018-01-01", targetTerritoryCount = 0, phases = Array.Empty<object>(),
        });
        var errors = (await Http.ExpectProblemAsync(response, 400, "validation")).GetProperty("errors");
        foreach (var field in new[] { "title", "endDate", "targetTerritoryCount", "phases" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
        Assert.Contains("obligatoire", errors.GetProperty("title")[0].GetString());
    }

    [Fact]
    public async Task UpdateCohort_WithOverlappingPhases_Is409AndChangesNothing()
    {
        var scenario = await new Scenario(api.Coordinator).CohortAsync("Avant");
        var response = await api.Coordinator.PutAsJsonAsync($"/api/cohorts/{scenario.CohortId}", new
        {
            programmeId = scenario.ProgrammeId, title = "Après", startDate = "2017-07-01", endDate = "2018-12-31", targetTerritoryCount = 12,
            phases = new[]
            {
                new { kind = "ConceptionLaunch", startDate = "2017-07-01", endDate = "2018-06-30" },
                new { kind = "Realisation", startDate = "2018-05-01", endDate = "2018-11-15" },
                new { kind = "EvaluationDeployment", startDate = "2018-11-16", endDate = "2018-12-31" },
            },
        });
        var problem = await Http.ExpectProblemAsync(response, 409, "cohort-phases-overlap");
        Assert.Contains("réalisation", problem.Str("detail"));
        Assert.Equal("Avant", (await api.Coordinator.GetAsync($"/api/cohorts/{scenario.CohortId}", 200)).Str("title"));
    }

    [Fact]
    public async Task CreateCohort_ForAnUnknownProgramme_Is400()
    {
        var response = await api.Coordinator.PostAsJsonAsync("/api/cohorts", Scenario.CohortBody(Guid.NewGuid()));
        var problem = await Http.ExpectProblemAsync(response, 400, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("programmeId", out _));
    }

    [Fact]
    public async Task GetCohort_ThatDoesNotExist_Is404()
    {
        await Http.ExpectProblemAsync(await api.Coordinator.GetAsync($"/api/cohorts/{Guid.NewGuid()}"), 404, "not-found");
    }
}
