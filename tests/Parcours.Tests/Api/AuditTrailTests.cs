using System.Net.Http.Json;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>The audit trail, read over HTTP as a coordinator and an administrator would, and checked in the database itself.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditTrailTests(ApiFixture api)
{
    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static JsonElement? Change(JsonElement line, string field) =>
        line.GetProperty("changes").EnumerateArray().Cast<JsonElement?>().SingleOrDefault(c => c!.Value.Str("field") == field);

    [Fact]
    public async Task ANote_ItsChanges_AndItsConfidentialReads_AreInItsHistory_WithoutItsText()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var (territory, _, _, _) = await s.PairAsync();
        var coachPerson = await s.PersonAsync("Bérénice", "Audiard");
        var coach = await api.NewAccountAsync("Coach", coachPerson);
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/coach-assignments", new { territoryId = territory, coachPersonId = coachPerson, fromDate = "2018-03-01" }, 201);
        var note = (await coach.PostAsync($"/api/cohorts/{s.CohortId}/follow-ups", new
        {
            territoryId = territory, date = "2018-04-02", kind = "Rencontre", visibility = "Internal", notes = "Secret : le maire hésite encore.",
            durationMinutes = 30, participants = Array.Empty<string>(), nextSteps = Array.Empty<object>(),
        }, 201)).Id();
        await coach.PutAsync($"/api/follow-ups/{note}", new { version = 1, date = "2018-04-02", kind = "Rencontre", visibility = "SharedWithPair", notes = "Le maire est d'accord." }, 200);
        await coach.GetAsync($"/api/follow-ups/{note}", 200); // shared now: not a confidential read
        await coach.PutAsync($"/api/follow-ups/{note}", new { version = 2, date = "2018-04-02", kind = "Rencontre", visibility = "Internal", notes = "Finalement, non." }, 200);
        await coach.GetAsync($"/api/follow-ups/{note}", 200);
        await api.Coordinator.GetAsync($"/api/cohorts/{s.CohortId}/follow-ups?territoryId={territory}", 200);

        var history = await api.Coordinator.GetAsync($"/api/history/{note}", 200);
        var lines = Items(history);
        var raw = history.GetRawText();
        Assert.DoesNotContain("maire", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Finalement", raw, StringComparison.Ordinal);

        // Newest first: the coordinator's read, the coach's read, the second edit, the first edit, the creation.
        Assert.Equal(["Read", "Read", "Modified", "Modified", "Added"], lines.Where(l => l.Str("entityType") == "FollowUpEntry").Select(l => l.Str("action")));
        var created = lines.Last(l => l.Str("entityType") == "FollowUpEntry");
        Assert.Equal("RecordFollowUp", created.Str("useCase"));
        Assert.Equal("Bérénice Audiard", created.Str("actor"));
        Assert.Equal("Internal", Change(created, "Visibility")!.Value.Str("after"));
        var firstEdit = lines.Where(l => l.Str("useCase") == "EditFollowUp").Last();
        Assert.Equal(("Internal", "SharedWithPair"), (Change(firstEdit, "Visibility")!.Value.Str("before"), Change(firstEdit, "Visibility")!.Value.Str("after")));
        var notesChange = Change(firstEdit, "Notes")!.Value;
        Assert.False(notesChange.GetProperty("kept").GetBoolean());
        Assert.Equal(JsonValueKind.Null, notesChange.GetProperty("after").ValueKind);
        var reads = lines.Where(l => l.Str("action") == "Read").ToList();
        Assert.Equal("Lecture", reads[0].Str("actionLabel"));
        Assert.Equal("Bérénice Audiard", reads[1].Str("actor"));
        Assert.Equal("GetFollowUp", reads[1].Str("useCase"));
        Assert.Equal("ListFollowUps", reads[0].Str("useCase"));

        // The territory's history holds the note's lines too; a catalyst or a coach may not read histories.
        Assert.Contains(Items(await api.Coordinator.GetAsync($"/api/history/{territory}?pageSize=100", 200)), l => l.Str("entityId") == note.ToString());
        await Http.ExpectProblemAsync(await coach.GetAsync($"/api/history/{note}"), 403);
        await Http.ExpectProblemAsync(await api.Coordinator.GetAsync($"/api/admin/audit"), 403);
    }

    [Fact]
    public async Task ARoleChange_IsInTheWholeTrail_ByRoleName_AndARefusedCommandLeavesNoLine()
    {
        var email = $"roles-{Guid.NewGuid():N}@tests.parcours";
        var account = await api.Admin.PostAsync("/api/admin/accounts", new { email, password = ParcoursApp.Password, roles = new[] { "Catalyst" } }, 201);
        var id = account.Str("id");
        await api.Admin.PutAsync($"/api/admin/accounts/{id}/roles", new { roles = new[] { "Coordinator" } }, 200);
        await Http.ExpectProblemAsync(await api.Admin.PutAsJsonAsync($"/api/admin/accounts/{id}/roles", new { roles = new[] { "Empereur" } }), 400);

        var trail = Items(await api.Admin.GetAsync($"/api/admin/audit?useCase=SetAccountRoles&pageSize=100", 200))
            .Where(l => l.Str("parentId") == id).ToList();
        Assert.Equal(2, trail.Count);
        Assert.All(trail, l => Assert.Equal(ParcoursApp.AdminEmail, l.Str("actor")));
        Assert.Contains(trail, l => l.Str("action") == "Added" && Change(l, "Role")!.Value.Str("after") == "Coordinator");
        Assert.Contains(trail, l => l.Str("action") == "Deleted" && Change(l, "Role")!.Value.Str("before") == "Catalyst");
        Assert.All(trail, l => Assert.Equal("Rôle d'un compte", l.Str("entityLabel")));
        var history = Items(await api.Admin.GetAsync($"/api/history/{id}?pageSize=100", 200));
        Assert.Contains(history, l => l.Str("useCase") == "CreateAccount");

        var page = await api.Admin.GetAsync("/api/admin/audit?pageSize=1", 200);
        Assert.True(page.GetProperty("hasMore").GetBoolean());
        var problem = await Http.ExpectProblemAsync(await api.Admin.GetAsync("/api/admin/audit?from=2026-02-01&to=2026-01-01"), 400);
        Assert.Contains("date de fin", problem.GetRawText());
        await Http.ExpectProblemAsync(await api.Admin.GetAsync("/api/admin/audit?to=9999-12-31"), 400);
    }

    [Fact]
    public async Task TheTrail_RefusesUpdatesAndDeletes_InTheDatabaseItself()
    {
        await api.Coordinator.PostAsync("/api/programmes", new { name = $"Programme audité {Guid.NewGuid():N}" }, 201);
        await using var db = await AppDatabase.OpenAsync(api.App);
        foreach (var sql in new[] { "UPDATE \"AuditEntries\" SET \"UseCase\" = 'rien'", "DELETE FROM \"AuditEntries\"" })
        {
            var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteAsync(sql));
            Assert.Contains("journal d'audit", refused.Message);
        }
        Assert.True(await db.ScalarAsync("SELECT count(*) FROM \"AuditEntries\" WHERE \"UseCase\" = 'CreateProgramme'") > 0);
    }
}
