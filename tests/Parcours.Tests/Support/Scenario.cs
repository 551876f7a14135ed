using System.Text.Json;

namespace Parcours.Tests.Support;

/// <summary>Builds a small cohort through the API, as a coordinator would.</summary>
public sealed class Scenario(HttpClient coordinator)
{
    public Guid ProgrammeId { get; private set; }
    public Guid CohortId { get; private set; }

    /// <summary>The same cohort, driven by another client (a fresh sign-in after the clock moved, say).</summary>
    public Scenario With(HttpClient client) => new(client) { ProgrammeId = ProgrammeId, CohortId = CohortId };

    public static object Phases(int year = 2018) => new[]
    {
        new { kind = "ConceptionLaunch", startDate = $"{year - 1}-07-01", endDate = $"{year}-03-31" },
        new { kind = "Realisation", startDate = $"{year}-05-01", endDate = $"{year}-11-15" },
        new { kind = "EvaluationDeployment", startDate = $"{year}-11-16", endDate = $"{year}-12-31" },
    };

    public static object CohortBody(Guid programmeId, string title = "Promotion de test", int year = 2018) => new
    {
        programmeId, title, startDate = $"{year - 1}-07-01", endDate = $"{year}-12-31", targetTerritoryCount = 12, phases = Phases(year),
    };

    public async Task<Scenario> CohortAsync(string title = "Promotion de test", int year = 2018)
    {
        var programme = await coordinator.PostAsync("/api/programmes", new { name = $"Parcours {Guid.NewGuid():N}" }, 201);
        ProgrammeId = programme.Id();
        CohortId = (await coordinator.PostAsync("/api/cohorts", CohortBody(ProgrammeId, title, year), 201)).Id();
        return this;
    }

    public static object Profile(string? name = null, string kind = "Commune", string region = "Bretagne", string carrier = "Association", string? code = null) =>
        new { name = name ?? $"Territoire {Guid.NewGuid():N}"[..24], kind, region, carrierKind = carrier, officialCode = code };

    public async Task<Guid> TerritoryAsync(string? name = null, string status = "Solicited", string kind = "Commune", string region = "Bretagne")
    {
        var territoryId = (await coordinator.PostAsync("/api/territories", Profile(name, kind, region), 201)).Id();
        await coordinator.PostAsync($"/api/cohorts/{CohortId}/territories", new { territoryId, date = "2018-01-05" }, 201);
        if (status is "Accepted" or "Withdrawn")
        {
            await coordinator.PostAsync($"/api/cohorts/{CohortId}/territories/{territoryId}/accept", new { date = "2018-01-10" }, 200);
        }
        if (status == "Withdrawn")
        {
            await coordinator.PostAsync($"/api/cohorts/{CohortId}/territories/{territoryId}/withdraw", new { date = "2018-06-01", reason = "Changement d'équipe" }, 200);
        }
        if (status == "Declined")
        {
            await coordinator.PostAsync($"/api/cohorts/{CohortId}/territories/{territoryId}/decline", new { date = "2018-01-10", reason = "Pour raison de temporalité non appropriée" }, 200);
        }
        return territoryId;
    }

    public async Task<Guid> PersonAsync(string first = "Claire", string last = "Lefèvre", string? email = null) =>
        (await coordinator.PostAsync("/api/people", new { firstName = first, lastName = last, email = email ?? $"{Guid.NewGuid():N}@personnes.test", organisation = "Mairie" }, 201)).Id();

    public async Task<List<System.Text.Json.JsonElement>> SessionsAsync() =>
        [.. (await coordinator.GetAsync($"/api/cohorts/{CohortId}/sessions", 200)).EnumerateArray()];

    public async Task<Guid> SessionIdAsync(int number) => (await SessionsAsync())[number - 1].Id();

    /// <summary>Dates session S<paramref name="number"/> at a Paris wall-clock time.</summary>
    public async Task<Guid> ScheduleAsync(int number, string startsAt, string? outsidePhaseReason = null)
    {
        var id = await SessionIdAsync(number);
        await coordinator.PutAsync($"/api/sessions/{id}/schedule", new { startsAt, durationMinutes = 360, outsidePhaseReason }, 200);
        return id;
    }

    /// <summary>An accepted territory with its binôme; returns the pair and its two members.</summary>
    public async Task<(Guid TerritoryId, Guid PairId, Guid First, Guid Second)> PairAsync(string? firstEmail = null, string? secondEmail = null)
    {
        var territoryId = await TerritoryAsync(status: "Accepted");
        var first = await PersonAsync(email: firstEmail);
        var second = await PersonAsync("Mathieu", "Moreau", secondEmail);
        JsonElement pair = await coordinator.PostAsync($"/api/cohorts/{CohortId}/pairs", new { territoryId, memberIds = new[] { first, second }, fromDate = "2018-03-01" }, 201);
        return (territoryId, pair.Id(), first, second);
    }
}
