using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class CommitteeTests(ApiFixture api)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string? title = null, bool shared = false)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "fichier", fileName);
        if (title is not null) form.Add(new StringContent(title), "title");
        form.Add(new StringContent(shared ? "true" : "false"), "sharedWithCohort");
        return form;
    }

    private sealed record World(Scenario S, Guid Orientation, Guid Technique, Guid MemberSeat, HttpClient Member, Guid MeetingId);

    /// <summary>A cohort with its comité d'orientation and comité technique, a member account seated on the first, one meeting.</summary>
    private async Task<World> WorldAsync()
    {
        var s = await new Scenario(api.Coordinator).CohortAsync();
        var orientation = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/committees", new { kind = "Orientation" }, 201)).Id();
        var technique = (await api.Coordinator.PostAsync($"/api/cohorts/{s.CohortId}/committees", new { kind = "Technique" }, 201)).Id();
        var person = await s.PersonAsync("Isabelle", "Roux");
        var committee = await api.Coordinator.PostAsync($"/api/committees/{orientation}/seats", new { organisation = "Caisse des Dépôts", personId = person, joinedOn = "2018-02-01" }, 200);
        var seat = committee.GetProperty("seats").EnumerateArray().Single(x => x.Str("organisation") == "Caisse des Dépôts").Id();
        var member = await api.NewAccountAsync("CommitteeMember", person);
        var meeting = await api.Coordinator.PostAsync($"/api/committees/{orientation}/meetings",
            new { title = "Lancement", startsAt = "2018-03-20T14:00:00", durationMinutes = 180, place = "CGET", agenda = new[] { "Tour de table" } }, 201);
        return new World(s, orientation, technique, seat, member, meeting.Id());
    }

    [Fact]
    public async Task AMember_ReadsTheCommitteesTheySitOn_AndNothingOfOthers()
    {
        var w = await WorldAsync();
        var committees = await w.Member.GetAsync($"/api/cohorts/{w.S.CohortId}/committees", 200);
        Assert.Equal([w.Orientation], committees.EnumerateArray().Select(c => c.Id()));
        await w.Member.GetAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}", 200);
        await Http.ExpectProblemAsync(await w.Member.GetAsync($"/api/committees/{w.Technique}"), 404);
        await Http.ExpectProblemAsync(await w.Member.GetAsync($"/api/committees/{w.Technique}/meetings"), 404);
        // Recording is the coordinators' job.
        await Http.ExpectProblemAsync(await w.Member.PostAsJsonAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}/decisions", new { kind = "Decision", text = "x" }), 403);
        // Catalysts and coaches read nothing of committees.
        var (_, _, catalystPerson, _) = await w.S.PairAsync();
        var catalyst = await api.CatalystAsync(catalystPerson);
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/committees/{w.Orientation}"), 403);
        await Http.ExpectProblemAsync(await api.Coach.GetAsync($"/api/cohorts/{w.S.CohortId}/committees"), 403);
    }

    [Fact]
    public async Task AMemberWhoLeft_CannotBeInvitedToALaterMeeting_NorReadsAnyMore()
    {
        var w = await WorldAsync();
        await api.Coordinator.PostAsync($"/api/committees/{w.Orientation}/seats/{w.MemberSeat}/leave", new { leftOn = "2018-03-01" }, 200);
        var problem = await Http.ExpectProblemAsync(await api.Coordinator.PutAsJsonAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}/invitations",
            new { seatIds = new[] { w.MemberSeat } }), 409, "seat-not-sitting");
        Assert.Contains("Caisse des Dépôts", problem.Str("detail"));
        Assert.Empty((await api.Coordinator.GetAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}", 200)).GetProperty("invited").EnumerateArray());
        await Http.ExpectProblemAsync(await w.Member.GetAsync($"/api/committees/{w.Orientation}"), 404);
    }

    [Fact]
    public async Task Decisions_AreFollowedFromMeetingToMeeting()
    {
        var w = await WorldAsync();
        var open = await api.Coordinator.PostAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}/decisions",
            new { kind = "Recommendation", text = "Documenter les modèles socio-économiques", owner = "Opus 3", dueDate = "2018-11-30" }, 201);
        var closed = await api.Coordinator.PostAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}/decisions",
            new { kind = "Decision", text = "Retenir les territoires pilotes", owner = "Comité de pilotage" }, 201);
        await api.Coordinator.PutAsync($"/api/decisions/{closed.Id()}/status", new { status = "Done", comment = "Onze ont accepté" }, 200);
        var moved = await api.Coordinator.PutAsync($"/api/decisions/{open.Id()}/status", new { status = "InProgress" }, 200);
        Assert.Equal("Open", moved.GetProperty("history")[0].Str("from"));

        var next = await api.Coordinator.PostAsync($"/api/committees/{w.Orientation}/meetings",
            new { title = "Mi-parcours", startsAt = "2018-09-18T14:00:00", durationMinutes = 180 }, 201);
        var agenda = await w.Member.GetAsync($"/api/committees/{w.Orientation}/meetings/{next.Id()}", 200);
        Assert.Equal(["Documenter les modèles socio-économiques"], agenda.GetProperty("openDecisionsFromEarlierMeetings").EnumerateArray().Select(d => d.Str("text")));
    }

    [Fact]
    public async Task ADecisionOnAMeetingOfAnotherCommittee_IsNotFoundAndWritesNothing()
    {
        var w = await WorldAsync();
        // A meeting is found only under its own committee: naming it under another one does not confirm it exists.
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/committees/{w.Technique}/meetings/{w.MeetingId}/decisions",
            new { kind = "Decision", text = "Égarée" }), 404, "not-found");
        await Http.ExpectProblemAsync(await api.Coordinator.GetAsync($"/api/committees/{w.Technique}/meetings/{w.MeetingId}"), 404, "not-found");
        Assert.Empty((await api.Coordinator.GetAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}", 200)).GetProperty("decisions").EnumerateArray());
    }

    [Fact]
    public async Task Attendance_AndMinutes_AreRecorded()
    {
        var w = await WorldAsync();
        await api.Coordinator.PutAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}/invitations", new { seatIds = new[] { w.MemberSeat } }, 200);
        var recorded = await api.Coordinator.PutAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}/record",
            new { presentSeatIds = new[] { w.MemberSeat }, minutes = "Le comité valide le programme." }, 200);
        Assert.Equal("Caisse des Dépôts", recorded.GetProperty("present")[0].Str("organisation"));
        Assert.Equal("Isabelle Roux", recorded.GetProperty("present")[0].Str("personName"));
        Assert.Equal("Le comité valide le programme.", (await w.Member.GetAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}", 200)).Str("minutes"));
    }

    [Fact]
    public async Task Milestones_ComeFromThePhases_OnceAndForTheOrientationCommitteeOnly()
    {
        var w = await WorldAsync();
        var created = await api.Coordinator.PostAsync($"/api/committees/{w.Orientation}/milestones", new { }, 200);
        Assert.Equal(["Launch", "MidWay", "End"], created.EnumerateArray().Select(m => m.Str("milestone")));
        // Working days, in the seeds' months: launch in March (the 31st is a Saturday), mid-way in
        // September (the middle of réalisation falls in August), the end in December.
        Assert.Equal("2018-03-30T14:00:00", created[0].Str("startsAt"));
        Assert.Equal("2018-09-03T14:00:00", created[1].Str("startsAt"));
        Assert.Equal("2018-12-10T14:00:00", created[2].Str("startsAt"));
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/committees/{w.Orientation}/milestones", new { }), 409, "milestones-exist");
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/committees/{w.Technique}/milestones", new { }), 409, "milestones-orientation-only");
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsJsonAsync($"/api/cohorts/{w.S.CohortId}/committees", new { kind = "Orientation" }), 409, "committee-exists");
    }

    [Fact]
    public async Task Documents_AreStoredOutsideTheWebRoot_AndReadByTheCommittee_ThenByTheCohortOnceShared()
    {
        var w = await WorldAsync();
        var (_, _, catalystPerson, _) = await w.S.PairAsync();
        var catalyst = await api.CatalystAsync(catalystPerson);
        var document = await Http.ExpectAsync(await api.Coordinator.PostAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}/documents",
            Upload(Pdf, "../../etc/Rapport d'étape.pdf", "Rapport d'étape")), 201);
        Assert.Equal("application/pdf", document.Str("contentType"));
        Assert.DoesNotContain("/", document.Str("fileName"));

        var stored = Directory.GetFiles(Path.Combine(api.App.Folder, "documents"));
        Assert.Contains(stored, f => File.ReadAllBytes(f).SequenceEqual(Pdf) && Path.GetFileName(f).Length == 32);

        var downloaded = await w.Member.GetAsync($"/api/documents/{document.Id()}");
        Assert.Equal(Pdf, await downloaded.Content.ReadAsByteArrayAsync());
        await Http.ExpectProblemAsync(await catalyst.GetAsync($"/api/documents/{document.Id()}"), 404);
        Assert.Empty((await catalyst.GetAsync($"/api/cohorts/{w.S.CohortId}/shared-documents", 200)).EnumerateArray());

        await api.Coordinator.PutAsync($"/api/documents/{document.Id()}/sharing", new { sharedWithCohort = true }, 200);
        Assert.Equal(Pdf, await (await catalyst.GetAsync($"/api/documents/{document.Id()}")).Content.ReadAsByteArrayAsync());
        Assert.Single((await catalyst.GetAsync($"/api/cohorts/{w.S.CohortId}/shared-documents", 200)).EnumerateArray());
    }

    [Theory]
    [InlineData("programme.pdf", "MZ\u0090\u0000 exécutable déguisé")]
    [InlineData("page.html", "<html><script>alert(1)</script></html>")]
    [InlineData("notes.txt", "<script>alert(1)</script>")]
    public async Task AForbiddenType_IsRefusedByContent_AndNothingIsStored(string fileName, string content)
    {
        var w = await WorldAsync();
        var before = Directory.Exists(Path.Combine(api.App.Folder, "documents")) ? Directory.GetFiles(Path.Combine(api.App.Folder, "documents")).Length : 0;
        var response = await api.Coordinator.PostAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}/documents", Upload(Encoding.UTF8.GetBytes(content), fileName));
        await Http.ExpectProblemAsync(response, 415, "document-type-forbidden");
        var after = Directory.Exists(Path.Combine(api.App.Folder, "documents")) ? Directory.GetFiles(Path.Combine(api.App.Folder, "documents")).Length : 0;
        Assert.Equal(before, after);
        Assert.Empty((await api.Coordinator.GetAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}", 200)).GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public async Task ADocumentTooLarge_Is413()
    {
        var w = await WorldAsync();
        var big = new byte[(10 * 1024 * 1024) + 100];
        Pdf.CopyTo(big, 0);
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}/documents", Upload(big, "gros.pdf")), 413, "document-too-large");
        var huge = new byte[12 * 1024 * 1024];
        await Http.ExpectProblemAsync(await api.Coordinator.PostAsync($"/api/committees/{w.Orientation}/meetings/{w.MeetingId}/documents", Upload(huge, "énorme.pdf")), 413, "payload-too-large");
    }
}
