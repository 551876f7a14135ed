using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>Participants' answers to a session's questionnaire: once, by those present, in its window — and anonymous means anonymous, in the database too.</summary>
[Collection(ApiCollection.Name)]
public sealed class SessionFeedbackTests(ApiFixture api)
{
    /// <summary>A cohort whose S1 took place <paramref name="daysAgo"/> days ago, with a binôme: one present, one absent.</summary>
    private async Task<(Scenario S, Guid Session, HttpClient Present, Guid PresentId, HttpClient Absent)> HeldSessionAsync(int daysAgo)
    {
        var s = await new Scenario(api.Coordinator).CohortAsync("Promotion avec questionnaire", year: DateTime.UtcNow.Year + 1);
        var territory = await s.TerritoryAsync(status: "Accepted");
        var present = await s.PersonAsync("Maëlle", "Présente");
        var absent = await s.PersonAsync("Yves", "Absent");
        var from = ParisDate.Day(-daysAgo - 10);
        await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/pairs", new { territoryId = territory, memberIds = new[] { present, absent }, fromDate = from }, 201);
        var day = ParisDate.Day(-daysAgo);
        var sessionId = await s.SessionIdAsync(1);
        await api.Coordinator.PutAsync($"/api/sessions/{sessionId}/schedule", new { startsAt = $"{day}T09:30:00", durationMinutes = 360, outsidePhaseReason = "Séance de test" }, 200);
        await api.Coordinator.PutAsync($"/api/sessions/{sessionId}/attendance", new { entries = new[] {
            new { personId = present, status = "Present" }, new { personId = absent, status = "Absent" } } }, 200);
        return (s, sessionId, await api.CatalystAsync(present), present, await api.CatalystAsync(absent));
    }

    [Fact]
    public async Task AnAnonymousAnswer_CannotBeTracedToItsAuthor_EvenInTheDatabase_AndTheyCannotAnswerTwice()
    {
        var (_, session, present, presentId, absent) = await HeldSessionAsync(daysAgo: 3);
        var mine = await present.GetAsync($"/api/sessions/{session}/feedback/mine", 200);
        Assert.True(mine.GetProperty("canAnswer").GetBoolean());

        var secret = $"Retenu {Guid.NewGuid():N}";
        var given = await present.PostAsync($"/api/sessions/{session}/feedback", new
        {
            contentScore = 4, workshopScore = 5, guestScore = 2, takeAway = secret, missing = "Plus de temps d'échange.", anonymous = true,
        }, 200);
        Assert.Contains("sans votre nom", given.Str("message"));
        var again = await Http.ExpectProblemAsync(await present.PostAsJsonAsync($"/api/sessions/{session}/feedback", new { contentScore = 1, workshopScore = 1, guestScore = 1 }), 409, "feedback-already-given");
        Assert.Contains("déjà répondu", again.Str("detail"));
        await Http.ExpectProblemAsync(await absent.PostAsJsonAsync($"/api/sessions/{session}/feedback", new { contentScore = 3, workshopScore = 3, guestScore = 3 }), 409, "feedback-not-attended");
        var badScore = await Http.ExpectProblemAsync(await absent.PostAsJsonAsync($"/api/sessions/{session}/feedback", new { contentScore = 6, workshopScore = 0, guestScore = 3 }), 400);
        Assert.Contains("de 1 à 5", badScore.GetRawText());
        await Http.ExpectProblemAsync(await absent.PostAsJsonAsync($"/api/sessions/{session}/feedback", new { }), 400);
        await Http.ExpectProblemAsync(await absent.PostAsJsonAsync($"/api/sessions/{session}/feedback", new { contentScore = 3, workshopScore = 3, guestScore = 3, takeAway = new string('x', 2001) }), 400);

        // The coordination reads the results — and no name on the anonymous comment.
        var results = await api.Coordinator.GetAsync($"/api/sessions/{session}/feedback", 200);
        Assert.Equal(1, results.GetProperty("tally").GetProperty("answers").GetInt32());
        Assert.Equal(4.0, results.GetProperty("tally").GetProperty("contentAverage").GetDouble());
        Assert.Equal(1, results.GetProperty("attendees").GetInt32());
        var comment = Assert.Single(results.GetProperty("comments").EnumerateArray());
        Assert.Equal(secret, comment.Str("takeAway"));
        Assert.Equal(JsonValueKind.Null, comment.GetProperty("author").ValueKind);
        await Http.ExpectProblemAsync(await present.GetAsync($"/api/sessions/{session}/feedback"), 403);

        // In the database: the answer names nobody, carries no time, is stored in key order (no rowid), and
        // the audit trail has no line about it; only the receipt says that this person answered.
        await using var db = await AppDatabase.OpenAsync(api.App);
        var columns = await db.RowAsync("SELECT * FROM \"SessionFeedbacks\" WHERE \"TakeAway\" = @t", ("t", secret));
        Assert.NotNull(columns);
        Assert.Null(columns["PersonId"]);
        Assert.DoesNotContain(columns.Keys, k => k.Contains("At", StringComparison.Ordinal) || k.Contains("Date", StringComparison.Ordinal) || k.Contains("On", StringComparison.Ordinal));
        Assert.DoesNotContain(columns.Values, v => v is not null && v.Contains(presentId.ToString(), StringComparison.OrdinalIgnoreCase));
        var id = columns["Id"]!;
        Assert.NotEqual('7', id[14]); // a random id (version 4), not a time-ordered one
        Assert.Equal(0L, await db.ScalarAsync(
            "SELECT count(*) FROM \"AuditEntries\" WHERE lower(\"EntityId\") = lower(@id) OR \"Changes\" LIKE '%' || @id || '%'", ("id", id)));
        if (!db.IsPostgreSql)
        {
            // SQLite keeps the answers in key order, without a rowid that would tell the order they came in.
            await Assert.ThrowsAsync<SqliteException>(() => db.ScalarAsync("SELECT rowid FROM \"SessionFeedbacks\""));
        }
        var receipt = await db.RowAsync("SELECT * FROM \"FeedbackReceipts\" WHERE \"SessionId\" = @s", ("s", db.Id(session)));
        Assert.NotNull(receipt);
        Assert.Equal(2, receipt.Count); // the session and the person: nothing of the answer
    }

    [Fact]
    public async Task ASignedAnswer_ShowsItsAuthor_AndTheQuestionnaireClosesAfterThirtyDays()
    {
        var (_, session, present, _, _) = await HeldSessionAsync(daysAgo: 1);
        await present.PostAsync($"/api/sessions/{session}/feedback", new { contentScore = 5, workshopScore = 4, guestScore = 5, takeAway = "La méthode des alliances." }, 200);
        var comment = Assert.Single((await api.Coordinator.GetAsync($"/api/sessions/{session}/feedback", 200)).GetProperty("comments").EnumerateArray());
        Assert.Equal("Maëlle Présente", comment.Str("author"));

        var (_, old, latecomer, _, _) = await HeldSessionAsync(daysAgo: 31);
        var state = await latecomer.GetAsync($"/api/sessions/{old}/feedback/mine", 200);
        Assert.False(state.GetProperty("canAnswer").GetBoolean());
        Assert.Contains("clos depuis le", state.Str("status"));
        await Http.ExpectProblemAsync(await latecomer.PostAsJsonAsync($"/api/sessions/{old}/feedback", new { contentScore = 3, workshopScore = 3, guestScore = 3 }), 409, "feedback-closed");
    }
}
