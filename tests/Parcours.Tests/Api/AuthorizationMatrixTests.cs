using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>
/// Role × endpoint → status, over HTTP. Each case builds the resources it needs as a coordinator,
/// then sends one request as the role under test. The catalyst is a member of the case's binôme,
/// so what they are refused is refused by role, not by scope.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationMatrixTests(ApiFixture api)
{
    public const string Anonymous = "Anonymous", Administrator = "Administrator", Coordinator = "Coordinator",
        Coach = "Coach", Catalyst = "Catalyst", CommitteeMember = "CommitteeMember";

    private static readonly string[] AllRoles = [Anonymous, Administrator, Coordinator, Coach, Catalyst, CommitteeMember];

    internal sealed record Context(Scenario Scenario, Guid TerritoryId, Guid PairId, Guid Member, Guid Person, Guid SolicitedTerritory,
        Guid SessionId, Guid ComingSessionId, Guid VoteOptionId, Guid EntryId, Guid StepId, Guid CommitteeId, Guid MeetingId, Guid DocumentId, Guid ResourceId)
    {
        /// <summary>The binôme's member whose catalyst account sends the Catalyst cases (the other member is <see cref="Member"/>).</summary>
        public Guid Reader { get; init; }
    }

    private static string Roadmap(Context c, string rest = "") => $"/api/cohorts/{c.Scenario.CohortId}/territories/{c.TerritoryId}/roadmap{rest}";

    private static MultipartFormDataContent PdfUpload()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "fichier", "ordre-du-jour.pdf");
        return form;
    }

    /// <summary>A document for the library: a cohort-only support of the scenario's cohort.</summary>
    private static MultipartFormDataContent ResourceUpload()
    {
        var form = PdfUpload();
        form.Add(new StringContent("Support de séance"), "title");
        form.Add(new StringContent("Outils"), "kind");
        form.Add(new StringContent("Cohort"), "visibility");
        return form;
    }

    internal sealed record Row(string Name, HttpMethod Method, Func<Context, string> Url, Func<Context, object?> Body, Dictionary<string, int> Allowed)
    {
        /// <summary>Every status the matrix sees this operation answer, role by role.</summary>
        public IEnumerable<int> Statuses => AllRoles.Select(role => Allowed.TryGetValue(role, out var status) ? status : role == Anonymous ? 401 : 403).Distinct();
    }

    private static Dictionary<string, int> Only(int status, params string[] roles) => roles.ToDictionary(r => r, _ => status);

    /// <summary>The fixture's coach coaches no territory of the scenario's cohort: its follow-up is not theirs (404).</summary>
    private static Dictionary<string, int> CoachHasNothingThere(Dictionary<string, int> allowed) => new(allowed) { [Coach] = 404 };

    /// <summary>Signed-in callers get <paramref name="others"/>, except the catalyst, who gets <paramref name="catalyst"/>.</summary>
    private static Dictionary<string, int> Personal(int catalyst, int others) => new()
    {
        [Administrator] = others, [Coordinator] = others, [Coach] = others, [CommitteeMember] = others, [Catalyst] = catalyst,
    };

    internal static readonly Row[] Rows =
    [
        new("GET /api/me", HttpMethod.Get, _ => "/api/me", _ => null, Only(200, Administrator, Coordinator, Coach, Catalyst, CommitteeMember)),
        new("GET /api/admin/accounts", HttpMethod.Get, _ => "/api/admin/accounts", _ => null, Only(200, Administrator)),
        new("POST /api/admin/accounts", HttpMethod.Post, _ => "/api/admin/accounts",
            _ => new { email = $"m-{Guid.NewGuid():N}@tests.parcours", password = ParcoursApp.Password, roles = new[] { "Coach" } }, Only(201, Administrator)),
        new("PUT /api/admin/accounts/{}/roles", HttpMethod.Put, _ => "/api/admin/accounts/inconnu/roles", _ => new { roles = new[] { "Coach" } }, Only(404, Administrator)),
        new("PUT /api/admin/accounts/{}/person", HttpMethod.Put, _ => "/api/admin/accounts/inconnu/person", c => new { personId = c.Person }, Only(404, Administrator)),
        new("PUT /api/admin/accounts/{}/lock", HttpMethod.Put, _ => "/api/admin/accounts/inconnu/lock", _ => new { locked = true }, Only(404, Administrator)),
        new("GET /api/programmes", HttpMethod.Get, _ => "/api/programmes", _ => null, Only(200, Coordinator)),
        new("POST /api/programmes", HttpMethod.Post, _ => "/api/programmes", _ => new { name = "Programme matrice" }, Only(201, Coordinator)),
        new("GET /api/cohorts", HttpMethod.Get, _ => "/api/cohorts", _ => null, Only(200, Coordinator, Catalyst)),
        new("GET /api/cohorts/{}", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}", _ => null, Only(200, Coordinator, Catalyst)),
        new("POST /api/cohorts", HttpMethod.Post, _ => "/api/cohorts", c => Scenario.CohortBody(c.Scenario.ProgrammeId), Only(201, Coordinator)),
        new("PUT /api/cohorts/{}", HttpMethod.Put, c => $"/api/cohorts/{c.Scenario.CohortId}", c => Scenario.CohortBody(c.Scenario.ProgrammeId), Only(200, Coordinator)),
        new("POST /api/territories", HttpMethod.Post, _ => "/api/territories", _ => Scenario.Profile(), Only(201, Coordinator)),
        new("GET /api/territories/{}", HttpMethod.Get, c => $"/api/territories/{c.TerritoryId}", _ => null, Only(200, Coordinator)),
        new("PUT /api/territories/{}", HttpMethod.Put, c => $"/api/territories/{c.TerritoryId}", _ => Scenario.Profile(), Only(200, Coordinator)),
        new("GET /api/cohorts/{}/territories", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/territories", _ => null, Only(200, Coordinator, Catalyst)),
        new("GET /api/cohorts/{}/territories/counts", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/territories/counts", _ => null, Only(200, Coordinator, Catalyst)),
        new("GET /api/cohorts/{}/territories/{}", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/territories/{c.TerritoryId}", _ => null, Only(200, Coordinator, Catalyst)),
        new("POST /api/cohorts/{}/territories", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/territories", c => new { territoryId = c.TerritoryId }, Only(409, Coordinator)),
        new("POST /api/cohorts/{}/territories/{}/accept", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/territories/{c.SolicitedTerritory}/accept", _ => new { date = "2018-02-01" }, Only(200, Coordinator)),
        new("POST /api/cohorts/{}/territories/{}/decline", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/territories/{c.SolicitedTerritory}/decline", _ => new { date = "2018-02-01", reason = "Calendrier" }, Only(200, Coordinator)),
        new("POST /api/cohorts/{}/territories/{}/withdraw", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/territories/{c.TerritoryId}/withdraw", _ => new { date = "2018-06-01", reason = "Départ" }, Only(200, Coordinator)),
        new("POST /api/cohorts/{}/territories/import", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/territories/import", _ => "nom;type;region;structure\nImporté;Commune;Corse;Association\n", Only(200, Coordinator)),
        new("GET /api/people", HttpMethod.Get, _ => "/api/people", _ => null, Only(200, Coordinator, Administrator)),
        new("GET /api/people/{}", HttpMethod.Get, c => $"/api/people/{c.Person}", _ => null, Only(200, Coordinator, Administrator)),
        new("POST /api/people/import", HttpMethod.Post, _ => "/api/people/import", _ => $"prénom;nom;e-mail\nInès;Haddad;{Guid.NewGuid():N}@p.test\n", Only(200, Coordinator)),
        new("POST /api/people/invitations", HttpMethod.Post, _ => "/api/people/invitations", c => new { personIds = new[] { c.Person }, role = "Catalyst" }, Only(409, Coordinator)),
        new("POST /api/people", HttpMethod.Post, _ => "/api/people", _ => new { firstName = "Inès", lastName = "Haddad", email = $"{Guid.NewGuid():N}@p.test" }, Only(201, Coordinator)),
        new("PUT /api/people/{}", HttpMethod.Put, c => $"/api/people/{c.Person}", _ => new { firstName = "Inès", lastName = "Haddad", email = $"{Guid.NewGuid():N}@p.test" }, Only(200, Coordinator)),
        new("GET /api/cohorts/{}/pairs", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/pairs", _ => null, Only(200, Coordinator, Catalyst)),
        new("GET /api/pairs/{}", HttpMethod.Get, c => $"/api/pairs/{c.PairId}", _ => null, Only(200, Coordinator, Catalyst)),
        new("POST /api/cohorts/{}/pairs", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/pairs",
            c => new { territoryId = c.SolicitedTerritory, memberIds = new[] { c.Person, Guid.NewGuid() }, fromDate = "2018-03-01" }, Only(409, Coordinator)),
        new("POST /api/pairs/{}/replace", HttpMethod.Post, c => $"/api/pairs/{c.PairId}/replace",
            c => new { outgoingPersonId = c.Member, incomingPersonId = c.Person, date = "2018-06-01" }, Only(200, Coordinator)),
        new("POST /api/pairs/{}/members", HttpMethod.Post, c => $"/api/pairs/{c.PairId}/members", c => new { personId = c.Person, date = "2018-06-01" }, Only(409, Coordinator)),
        new("POST /api/pairs/{}/leave", HttpMethod.Post, c => $"/api/pairs/{c.PairId}/leave", c => new { personId = c.Member, date = "2018-06-01" }, Only(200, Coordinator)),
        new("GET /api/cohorts/{}/sessions", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/sessions", _ => null, Only(200, Coordinator, Catalyst)),
        new("GET /api/sessions/{}", HttpMethod.Get, c => $"/api/sessions/{c.SessionId}", _ => null, Only(200, Coordinator, Catalyst)),
        new("PUT /api/sessions/{}/schedule", HttpMethod.Put, c => $"/api/sessions/{c.SessionId}/schedule",
            _ => new { startsAt = "2018-05-03T09:30:00", durationMinutes = 360 }, Only(200, Coordinator)),
        new("PUT /api/sessions/{}/details", HttpMethod.Put, c => $"/api/sessions/{c.SessionId}/details", _ => new { title = "Comprendre" }, Only(200, Coordinator)),
        new("POST /api/sessions/{}/cancel", HttpMethod.Post, c => $"/api/sessions/{c.SessionId}/cancel", _ => new { reason = "Intempéries" }, Only(200, Coordinator)),
        new("GET /api/sessions/{}/attendance", HttpMethod.Get, c => $"/api/sessions/{c.ComingSessionId}/attendance", _ => null, Only(200, Coordinator)),
        new("PUT /api/sessions/{}/attendance", HttpMethod.Put, c => $"/api/sessions/{c.ComingSessionId}/attendance",
            c => new { entries = new[] { new { personId = c.Member, status = "Present" } } }, Only(200, Coordinator)),
        new("POST /api/sessions/{}/apology", HttpMethod.Post, c => $"/api/sessions/{c.ComingSessionId}/apology", _ => new { comment = "Empêchée" }, Only(200, Catalyst)),
        new("GET /api/cohorts/{}/attendance/rates", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/attendance/rates", _ => null, Only(200, Coordinator)),
        new("GET /api/cohorts/{}/attendance.csv", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/attendance.csv", _ => null, Only(200, Coordinator)),
        new("GET /api/cohorts/{}/topic-vote", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/topic-vote", _ => null, Only(200, Coordinator, Catalyst)),
        new("POST /api/cohorts/{}/topic-vote", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/topic-vote", _ => new { }, Only(409, Coordinator)),
        new("POST /api/cohorts/{}/topic-vote/close", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/topic-vote/close", _ => new { }, Only(200, Coordinator)),
        new("POST /api/cohorts/{}/topic-vote/decide", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/topic-vote/decide", c => new { optionId = c.VoteOptionId }, Only(409, Coordinator)),
        new("GET /api/cohorts/{}/topic-vote/ballots", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/topic-vote/ballots", _ => null, Only(200, Coordinator)),
        new("PUT /api/cohorts/{}/topic-vote/ballot", HttpMethod.Put, c => $"/api/cohorts/{c.Scenario.CohortId}/topic-vote/ballot", c => new { optionId = c.VoteOptionId }, Only(200, Catalyst)),
        new("POST /api/me/calendar-feed", HttpMethod.Post, _ => "/api/me/calendar-feed", _ => new { }, Personal(catalyst: 200, others: 404)),
        new("DELETE /api/me/calendar-feed", HttpMethod.Delete, _ => "/api/me/calendar-feed", _ => null, Personal(catalyst: 204, others: 404)),
        new("GET /api/cohorts/{}/coach-assignments", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/coach-assignments", _ => null, Only(200, Coordinator)),
        new("POST /api/cohorts/{}/coach-assignments", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/coach-assignments",
            c => new { territoryId = c.TerritoryId, coachPersonId = c.Person, fromDate = "2018-03-01" }, Only(400, Coordinator)),
        new("POST /api/coach-assignments/{}/end", HttpMethod.Post, _ => $"/api/coach-assignments/{Guid.NewGuid()}/end", _ => new { untilDate = "2018-06-01" }, Only(404, Coordinator)),
        new("PUT /api/cohorts/{}/follow-up/cadence", HttpMethod.Put, c => $"/api/cohorts/{c.Scenario.CohortId}/follow-up/cadence", _ => new { days = 45 }, Only(204, Coordinator)),
        new("GET /api/cohorts/{}/follow-ups", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/follow-ups", _ => null, CoachHasNothingThere(Only(200, Coordinator, Catalyst))),
        // The entry is internal to the catalyst's own territory, and the coach is not assigned to it.
        new("GET /api/follow-ups/{}", HttpMethod.Get, c => $"/api/follow-ups/{c.EntryId}", _ => null,
            new() { [Coordinator] = 200, [Coach] = 404, [Catalyst] = 404 }),
        new("GET /api/cohorts/{}/follow-ups.csv", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/follow-ups.csv", _ => null, CoachHasNothingThere(Only(200, Coordinator, Catalyst))),
        new("GET /api/cohorts/{}/field-visits", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/field-visits", _ => null, CoachHasNothingThere(Only(200, Coordinator, Catalyst))),
        new("POST /api/cohorts/{}/follow-ups", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/follow-ups",
            c => new { territoryId = c.TerritoryId, date = "2018-06-01", kind = "Rencontre", visibility = "Internal", notes = "Matrice" },
            new() { [Coordinator] = 201, [Coach] = 404 }),
        new("PUT /api/follow-ups/{}", HttpMethod.Put, c => $"/api/follow-ups/{c.EntryId}",
            _ => new { version = 1, date = "2018-06-01", kind = "Rencontre", visibility = "Internal", notes = "Modifiée" },
            new() { [Coordinator] = 200, [Coach] = 404 }),
        new("POST /api/follow-ups/{}/next-steps/{}/done", HttpMethod.Post, c => $"/api/follow-ups/{c.EntryId}/next-steps/{c.StepId}/done", _ => new { },
            new() { [Coordinator] = 200, [Coach] = 404 }),
        new("GET /api/cohorts/{}/follow-up/without-contact", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/follow-up/without-contact", _ => null, CoachHasNothingThere(Only(200, Coordinator))),
        new("GET /api/cohorts/{}/follow-up/overdue-steps", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/follow-up/overdue-steps", _ => null, CoachHasNothingThere(Only(200, Coordinator))),
        new("POST /api/cohorts/{}/field-visits", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/field-visits",
            c => new { hostTerritoryId = c.TerritoryId, date = "2018-06-01", purpose = "Visite", visitors = new[] { new { name = "Claire" } } },
            new() { [Coordinator] = 201, [Coach] = 404 }),
        // Committee members pass the policy, then read activity only for cohorts whose committees they sit on.
        new("GET /api/cohorts/{}/follow-up/activity", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/follow-up/activity", _ => null,
            new() { [Coordinator] = 200, [Coach] = 404, [CommitteeMember] = 404 }),
        // The committee member of the fixture sits on no committee: they pass the policy, then see nothing (404).
        new("GET /api/cohorts/{}/committees", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/committees", _ => null, new() { [Coordinator] = 200, [CommitteeMember] = 404 }),
        new("GET /api/committees/{}", HttpMethod.Get, c => $"/api/committees/{c.CommitteeId}", _ => null, new() { [Coordinator] = 200, [CommitteeMember] = 404 }),
        new("GET /api/committees/{}/meetings", HttpMethod.Get, c => $"/api/committees/{c.CommitteeId}/meetings", _ => null, new() { [Coordinator] = 200, [CommitteeMember] = 404 }),
        new("GET /api/committees/{}/meetings/{}", HttpMethod.Get, c => $"/api/committees/{c.CommitteeId}/meetings/{c.MeetingId}", _ => null, new() { [Coordinator] = 200, [CommitteeMember] = 404 }),
        new("POST /api/cohorts/{}/committees", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/committees", _ => new { kind = "Technique" }, Only(201, Coordinator)),
        new("POST /api/committees/{}/seats", HttpMethod.Post, c => $"/api/committees/{c.CommitteeId}/seats", _ => new { organisation = "CESE", joinedOn = "2018-02-01" }, Only(200, Coordinator)),
        new("POST /api/committees/{}/seats/{}/leave", HttpMethod.Post, c => $"/api/committees/{c.CommitteeId}/seats/{Guid.NewGuid()}/leave", _ => new { leftOn = "2018-06-01" }, Only(409, Coordinator)),
        new("POST /api/committees/{}/meetings", HttpMethod.Post, c => $"/api/committees/{c.CommitteeId}/meetings",
            _ => new { title = "Réunion", startsAt = "2018-09-18T14:00:00", durationMinutes = 120 }, Only(201, Coordinator)),
        new("POST /api/committees/{}/milestones", HttpMethod.Post, c => $"/api/committees/{c.CommitteeId}/milestones", _ => new { }, Only(200, Coordinator)),
        new("PUT /api/committees/{}/meetings/{}/schedule", HttpMethod.Put, c => $"/api/committees/{c.CommitteeId}/meetings/{c.MeetingId}/schedule",
            _ => new { startsAt = "2018-03-22T14:00:00", durationMinutes = 120 }, Only(200, Coordinator)),
        new("POST /api/committees/{}/meetings/{}/cancel", HttpMethod.Post, c => $"/api/committees/{c.CommitteeId}/meetings/{c.MeetingId}/cancel",
            _ => new { reason = "Quorum non atteint" }, Only(200, Coordinator)),
        new("DELETE /api/committees/{}/meetings/{}", HttpMethod.Delete, c => $"/api/committees/{c.CommitteeId}/meetings/{c.MeetingId}", _ => null, Only(409, Coordinator)),
        new("PUT /api/committees/{}/meetings/{}/milestone", HttpMethod.Put, c => $"/api/committees/{c.CommitteeId}/meetings/{c.MeetingId}/milestone",
            _ => new { milestone = "Launch" }, Only(200, Coordinator)),
        new("PUT /api/committees/{}/meetings/{}/invitations", HttpMethod.Put, c => $"/api/committees/{c.CommitteeId}/meetings/{c.MeetingId}/invitations", _ => new { seatIds = Array.Empty<Guid>() }, Only(200, Coordinator)),
        new("PUT /api/committees/{}/meetings/{}/record", HttpMethod.Put, c => $"/api/committees/{c.CommitteeId}/meetings/{c.MeetingId}/record", _ => new { minutes = "Compte rendu" }, Only(200, Coordinator)),
        new("POST /api/committees/{}/meetings/{}/decisions", HttpMethod.Post, c => $"/api/committees/{c.CommitteeId}/meetings/{c.MeetingId}/decisions",
            _ => new { kind = "Decision", text = "Décidé" }, Only(201, Coordinator)),
        new("PUT /api/decisions/{}/status", HttpMethod.Put, _ => $"/api/decisions/{Guid.NewGuid()}/status", _ => new { status = "Done" }, Only(404, Coordinator)),
        new("POST /api/committees/{}/meetings/{}/documents", HttpMethod.Post, c => $"/api/committees/{c.CommitteeId}/meetings/{c.MeetingId}/documents", _ => PdfUpload(), Only(201, Coordinator)),
        new("PUT /api/documents/{}/sharing", HttpMethod.Put, c => $"/api/documents/{c.DocumentId}/sharing", _ => new { sharedWithCohort = true }, Only(200, Coordinator)),
        // Not shared with the cohort, and nobody of the fixture sits on the committee.
        new("GET /api/documents/{}", HttpMethod.Get, c => $"/api/documents/{c.DocumentId}", _ => null,
            new() { [Coordinator] = 200, [CommitteeMember] = 404, [Catalyst] = 404, [Coach] = 404 }),
        new("GET /api/cohorts/{}/shared-documents", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/shared-documents", _ => null,
            new() { [Coordinator] = 200, [Catalyst] = 200, [Coach] = 404 }),
        // Roadmaps: the catalyst is in the case territory's binôme; the fixture's coach and committee member have no standing there.
        new("GET /api/cohorts/{}/territories/{}/roadmap", HttpMethod.Get, c => Roadmap(c), _ => null, new() { [Coordinator] = 200, [Catalyst] = 200, [Coach] = 404, [CommitteeMember] = 404 }),
        new("GET /api/cohorts/{}/territories/{}/roadmap/versions", HttpMethod.Get, c => Roadmap(c, "/versions"), _ => null,
            new() { [Coordinator] = 200, [Catalyst] = 200, [Coach] = 404, [CommitteeMember] = 404 }),
        new("GET /api/cohorts/{}/territories/{}/roadmap/versions/{}", HttpMethod.Get, c => Roadmap(c, "/versions/1"), _ => null,
            new() { [Coordinator] = 404, [Catalyst] = 404, [Coach] = 404, [CommitteeMember] = 404 }),
        new("GET /api/cohorts/{}/territories/{}/roadmap/versions/{}/compare/{}", HttpMethod.Get, c => Roadmap(c, "/versions/1/compare/2"), _ => null,
            new() { [Coordinator] = 404, [Catalyst] = 404, [Coach] = 404, [CommitteeMember] = 404 }),
        new("GET /api/cohorts/{}/territories/{}/roadmap.pdf", HttpMethod.Get, c => Roadmap(c).Replace("/roadmap", "/roadmap.pdf", StringComparison.Ordinal), _ => null,
            new() { [Coordinator] = 200, [Catalyst] = 200, [Coach] = 404, [CommitteeMember] = 404 }),
        new("GET /api/cohorts/{}/roadmaps", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/roadmaps", _ => null,
            new() { [Coordinator] = 200, [Catalyst] = 200, [Coach] = 404, [CommitteeMember] = 404 }),
        new("GET /api/cohorts/{}/territories/{}/roadmap/comments", HttpMethod.Get, c => Roadmap(c, "/comments"), _ => null, new() { [Coordinator] = 200, [Catalyst] = 200, [Coach] = 404 }),
        new("POST /api/cohorts/{}/territories/{}/roadmap/comments", HttpMethod.Post, c => Roadmap(c, "/comments"), _ => new { text = "Commentaire" },
            new() { [Coordinator] = 409, [Catalyst] = 409, [Coach] = 404 }),
        new("PUT /api/cohorts/{}/territories/{}/roadmap/sections/{}", HttpMethod.Put, c => Roadmap(c, "/sections/enjeux"), _ => new { text = "Enjeux", version = 0 }, Only(200, Catalyst)),
        new("PUT /api/cohorts/{}/territories/{}/roadmap", HttpMethod.Put, c => Roadmap(c), _ => new { sections = new[] { new { key = "enjeux", text = "Enjeux" } }, version = 0 }, Only(200, Catalyst)),
        new("PUT /api/cohorts/{}/territories/{}/roadmap/actions", HttpMethod.Put, c => Roadmap(c, "/actions"), _ => new { actions = Array.Empty<object>(), version = 0 }, Only(200, Catalyst)),
        new("POST /api/cohorts/{}/territories/{}/roadmap/submit", HttpMethod.Post, c => Roadmap(c, "/submit"), _ => new { version = 0 }, Only(409, Catalyst)),
        new("POST /api/cohorts/{}/territories/{}/roadmap/validate", HttpMethod.Post, c => Roadmap(c, "/validate"), _ => new { }, new() { [Coordinator] = 409, [Coach] = 404 }),
        new("POST /api/cohorts/{}/territories/{}/roadmap/request-changes", HttpMethod.Post, c => Roadmap(c, "/request-changes"), _ => new { }, new() { [Coordinator] = 409, [Coach] = 404 }),
        new("POST /api/cohorts/{}/territories/{}/roadmap/versions/{}/pitched", HttpMethod.Post, c => Roadmap(c, "/versions/1/pitched"), _ => new { }, new() { [Coordinator] = 404, [Coach] = 404 }),
        new("GET /api/cohorts/{}/roadmaps/bundle.pdf", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/roadmaps/bundle.pdf", _ => null, new() { [Coordinator] = 200, [CommitteeMember] = 404 }),
        new("GET /api/cohorts/{}/roadmaps/bundle.zip", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/roadmaps/bundle.zip", _ => null, new() { [Coordinator] = 200, [CommitteeMember] = 404 }),
        new("GET /api/cohorts/{}/report", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/report", _ => null, new() { [Coordinator] = 200, [CommitteeMember] = 404 }),
        new("GET /api/cohorts/{}/report.pdf", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/report.pdf", _ => null, new() { [Coordinator] = 200, [CommitteeMember] = 404 }),
        new("GET /api/cohorts/{}/report/{}.csv", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/report/sessions.csv", _ => null, new() { [Coordinator] = 200, [CommitteeMember] = 404 }),
        new("POST /api/committees/{}/meetings/{}/progress-report", HttpMethod.Post, c => $"/api/committees/{c.CommitteeId}/meetings/{c.MeetingId}/progress-report", _ => new { },
            Only(201, Coordinator)),
        new("POST /api/cohorts/{}/next-edition", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/next-edition",
            _ => new { title = "Édition suivante (matrice)", startDate = "2018-07-01" }, Only(201, Coordinator)),
        new("POST /api/sessions/{}/feedback", HttpMethod.Post, c => $"/api/sessions/{c.SessionId}/feedback",
            _ => new { contentScore = 4, workshopScore = 5, guestScore = 3 }, Only(409, Catalyst)),
        new("GET /api/sessions/{}/feedback/mine", HttpMethod.Get, c => $"/api/sessions/{c.SessionId}/feedback/mine", _ => null, Only(200, Catalyst)),
        new("GET /api/sessions/{}/feedback", HttpMethod.Get, c => $"/api/sessions/{c.SessionId}/feedback", _ => null, Only(200, Coordinator)),
        new("GET /api/cohorts/{}/territories/{}/maturity", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/territories/{c.TerritoryId}/maturity", _ => null,
            CoachHasNothingThere(Only(200, Coordinator, Catalyst))),
        new("PUT /api/cohorts/{}/territories/{}/maturity/{}", HttpMethod.Put, c => $"/api/cohorts/{c.Scenario.CohortId}/territories/{c.TerritoryId}/maturity/Start",
            _ => new { stage = "Emergence", answers = new[] { new { key = "pourquoi", text = "Un besoin repéré." } } }, Only(200, Catalyst)),
        new("GET /api/cohorts/{}/territories/{}/roadmap/sharing", HttpMethod.Get, c => Roadmap(c, "/sharing"), _ => null, CoachHasNothingThere(Only(200, Coordinator, Catalyst))),
        new("PUT /api/cohorts/{}/territories/{}/roadmap/sharing", HttpMethod.Put, c => Roadmap(c, "/sharing"), _ => new { themes = new[] { "TiersLieux" } }, Only(409, Catalyst)),
        new("DELETE /api/cohorts/{}/territories/{}/roadmap/sharing", HttpMethod.Delete, c => Roadmap(c, "/sharing"), _ => null, Only(200, Catalyst)),
        new("GET /api/cohorts/{}/shared-roadmaps", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/shared-roadmaps", _ => null, Only(200, Coordinator, Catalyst)),
        new("GET /api/cohorts/{}/shared-roadmaps/{}", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/shared-roadmaps/{c.TerritoryId}", _ => null, Only(404, Coordinator, Catalyst)),
        new("GET /api/resources", HttpMethod.Get, _ => "/api/resources", _ => null, Only(200, Administrator, Coordinator, Coach, Catalyst, CommitteeMember)),
        // A cohort-only resource: its cohort's catalyst and the coordination; the fixture's coach and member take no part in that cohort.
        new("GET /api/resources/{}", HttpMethod.Get, c => $"/api/resources/{c.ResourceId}", _ => null, new(Personal(catalyst: 200, others: 404)) { [Coordinator] = 200 }),
        new("GET /api/resources/{}/file", HttpMethod.Get, c => $"/api/resources/{c.ResourceId}/file", _ => null, new(Personal(catalyst: 200, others: 404)) { [Coordinator] = 200 }),
        new("POST /api/cohorts/{}/resources", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/resources",
            _ => new { title = "Référentiel", kind = "Methodes", visibility = "Cohort", url = "https://coconstructionterritoriale.wordpress.com/" }, Only(201, Coordinator)),
        new("POST /api/cohorts/{}/resources/documents", HttpMethod.Post, c => $"/api/cohorts/{c.Scenario.CohortId}/resources/documents", _ => ResourceUpload(), Only(201, Coordinator)),
        new("PUT /api/resources/{}", HttpMethod.Put, c => $"/api/resources/{c.ResourceId}", _ => new { title = "Support revu", kind = "Outils", visibility = "Programme" }, Only(200, Coordinator)),
        new("DELETE /api/resources/{}", HttpMethod.Delete, c => $"/api/resources/{c.ResourceId}", _ => null, Only(204, Coordinator)),
        new("GET /api/admin/audit", HttpMethod.Get, _ => "/api/admin/audit", _ => null, Only(200, Administrator)),
        new("GET /api/history/{}", HttpMethod.Get, c => $"/api/history/{c.TerritoryId}", _ => null, Only(200, Coordinator, Administrator)),
        new("GET /api/people/{}/personal-data", HttpMethod.Get, c => $"/api/people/{c.Person}/personal-data", _ => null, Only(200, Administrator)),
        new("POST /api/people/{}/erasure", HttpMethod.Post, _ => $"/api/people/{Guid.NewGuid()}/erasure", _ => null, Only(404, Administrator)),
        new("GET /api/admin/retention", HttpMethod.Get, _ => "/api/admin/retention", _ => null, Only(200, Administrator)),
        new("POST /api/admin/retention/run", HttpMethod.Post, _ => "/api/admin/retention/run", _ => null, Only(200, Administrator)),
        new("GET /api/me/personal-data", HttpMethod.Get, _ => "/api/me/personal-data", _ => null, Personal(catalyst: 200, others: 404)),
        new("GET /api/me/notifications", HttpMethod.Get, _ => "/api/me/notifications", _ => null, Personal(catalyst: 200, others: 404)),
        new("POST /api/me/notifications/{}/read", HttpMethod.Post, _ => $"/api/me/notifications/{Guid.NewGuid()}/read", _ => null, Personal(catalyst: 404, others: 404)),
        new("POST /api/me/notifications/read-all", HttpMethod.Post, _ => "/api/me/notifications/read-all", _ => null, Personal(catalyst: 204, others: 404)),
        new("GET /api/me/notification-preferences", HttpMethod.Get, _ => "/api/me/notification-preferences", _ => null, Personal(catalyst: 200, others: 404)),
        new("PUT /api/me/notification-preferences", HttpMethod.Put, _ => "/api/me/notification-preferences",
            _ => new { preferences = new[] { new { kind = "Committees", email = true, inApp = true } } }, Personal(catalyst: 200, others: 404)),
        new("GET /api/cohorts/{}/reminder-settings", HttpMethod.Get, c => $"/api/cohorts/{c.Scenario.CohortId}/reminder-settings", _ => null, Only(200, Coordinator)),
        new("PUT /api/cohorts/{}/reminder-settings", HttpMethod.Put, c => $"/api/cohorts/{c.Scenario.CohortId}/reminder-settings", _ => new
        {
            sessionEarlyDays = 7, sessionEveDays = 1, roadmapDeadline = (string?)null, roadmapNearDays = 7, roadmapMissedDays = 1,
            nextStepDays = 1, committeeMeetingDays = 10, twoAbsencesAlert = true,
        }, Only(200, Coordinator)),
        new("GET /api/reminders", HttpMethod.Get, c => $"/api/reminders?cohortId={c.Scenario.CohortId}", _ => null, Only(200, Coordinator)),
        new("POST /api/reminders/{}/resend", HttpMethod.Post, _ => $"/api/reminders/{Guid.NewGuid()}/resend", _ => null, Only(404, Coordinator)),
        new("POST /api/reminders/dispatch", HttpMethod.Post, _ => "/api/reminders/dispatch", _ => null, Only(200, Coordinator)),
        // Anonymous by design (the signed token is the credential): a forged one is 400 for everyone.
        new("GET /api/notifications/unsubscribe", HttpMethod.Get, _ => "/api/notifications/unsubscribe?token=faux", _ => null,
            new() { [Anonymous] = 400, [Administrator] = 400, [Coordinator] = 400, [Coach] = 400, [Catalyst] = 400, [CommitteeMember] = 400 }),
        new("POST /api/notifications/unsubscribe", HttpMethod.Post, _ => "/api/notifications/unsubscribe?token=faux", _ => null,
            new() { [Anonymous] = 400, [Administrator] = 400, [Coordinator] = 400, [Coach] = 400, [Catalyst] = 400, [CommitteeMember] = 400 }),
        // Anonymous by design (the secret in the address is the credential): an unknown secret is 404 for everyone.
        new("GET /api/calendar/{}.ics", HttpMethod.Get, _ => "/api/calendar/pas-un-secret.ics", _ => null,
            new() { [Anonymous] = 404, [Administrator] = 404, [Coordinator] = 404, [Coach] = 404, [Catalyst] = 404, [CommitteeMember] = 404 }),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows)
        {
            foreach (var role in AllRoles)
            {
                data.Add(row.Name, role);
            }
        }
        return data;
    }

    /// <summary>
    /// One world per row, shared by its six roles: a refused role changes nothing, and the rows where two roles are
    /// let through never have one undo what the other needs (the coach's 404s are by scope). Built once, not 889 times.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<Context>>> Worlds = new();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_AnswersEachRoleAsDeclared(string endpoint, string role)
    {
        var row = Rows.Single(r => r.Name == endpoint);
        var context = await Worlds.GetOrAdd(row.Name, _ => new Lazy<Task<Context>>(WorldAsync)).Value;

        var client = role switch
        {
            Anonymous => api.Anonymous,
            Administrator => api.Admin,
            Coordinator => api.Coordinator,
            Coach => api.Coach,
            CommitteeMember => api.CommitteeMember,
            Catalyst => await api.CatalystAsync(context.Reader),
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };
        using var request = new HttpRequestMessage(row.Method, row.Url(context));
        request.Content = row.Body(context) switch
        {
            null => null,
            HttpContent content => content,
            string csv => new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"),
            var body => JsonContent.Create(body),
        };
        var expected = row.Allowed.TryGetValue(role, out var status) ? status : role == Anonymous ? 401 : 403;
        var response = await client.SendAsync(request);
        await Http.ExpectAsync(response, expected);
    }

    private async Task<Context> WorldAsync()
    {
        var scenario = await new Scenario(api.Coordinator).CohortAsync();
        var (territoryId, pairId, member, partner) = await scenario.PairAsync();
        var coming = await scenario.ScheduleAsync(4, DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd'T'09:30:00"), outsidePhaseReason: "Rattrapage");
        var vote = await api.Coordinator.PostAsync($"/api/cohorts/{scenario.CohortId}/topic-vote", new { }, 201);
        var entry = await api.Coordinator.PostAsync($"/api/cohorts/{scenario.CohortId}/follow-ups", new
        {
            territoryId, date = "2018-05-20", kind = "EntretienTelephonique", visibility = "Internal", notes = "Note interne",
            nextSteps = new[] { new { title = "Relancer", owner = "Claire", dueDate = "2018-06-01" } },
        }, 201);
        var committee = (await api.Coordinator.PostAsync($"/api/cohorts/{scenario.CohortId}/committees", new { kind = "Orientation" }, 201)).Id();
        var meeting = (await api.Coordinator.PostAsync($"/api/committees/{committee}/meetings", new { title = "Lancement", startsAt = "2018-03-20T14:00:00", durationMinutes = 180 }, 201)).Id();
        var document = await Http.ExpectAsync(await api.Coordinator.PostAsync($"/api/committees/{committee}/meetings/{meeting}/documents", PdfUpload()), 201);
        var resource = await Http.ExpectAsync(await api.Coordinator.PostAsync($"/api/cohorts/{scenario.CohortId}/resources/documents", ResourceUpload()), 201);
        var context = new Context(scenario, territoryId, pairId, partner, await scenario.PersonAsync(), await scenario.TerritoryAsync(),
            await scenario.SessionIdAsync(1), coming, vote.GetProperty("options")[0].Id(), entry.Id(), entry.GetProperty("nextSteps")[0].Id(),
            committee, meeting, document.Id(), resource.Id()) { Reader = member };
        return context;
    }

    [Fact]
    public void EveryMappedApiEndpoint_HasARowInTheMatrix()
    {
        var mapped = api.App.Services.GetServices<Microsoft.AspNetCore.Routing.EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}"))
            .Where(e => e.Contains(" /api/", StringComparison.Ordinal) && !e.Contains(" /api/auth/", StringComparison.Ordinal))
            .Order().ToList();
        Assert.Equal(mapped, Rows.Select(r => r.Name).Order().ToList());
    }

    private static string Normalise(string route) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", "{}").Trim('/');
}
