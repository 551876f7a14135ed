using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Application.Sessions;
using Parcours.Domain.Committees;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Territories;

namespace Parcours.Application.Reports;

internal static class ReportAccess
{
    /// <summary>Coordinators, and committee members sitting on a committee of the cohort.</summary>
    public static Task EnsureAsync(IParcoursDbContext db, CallerAccess access, TimeProvider clock, Guid cohortId, CancellationToken ct) =>
        Roadmaps.RoadmapDocuments.EnsureCohortReaderAsync(db, access, clock, cohortId, ct);
}

internal static class ProgressReportBuilder
{
    private static readonly string[] RoadmapStates = ["NotStarted", "Draft", "Submitted", "ChangesRequested", "Validated"];

    public static async Task<ProgressReportDto> BuildAsync(IParcoursDbContext db, IAttendanceFigures attendance, Guid cohortId, DateOnly at, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, ct) ?? throw NotFoundException.Cohort();
        // The report speaks of the end of the day « at », Paris time.
        var atUtc = FrenchTime.EndOfDayUtc(at);

        // Territories: each one's status is the last dated event on or before the day.
        var participations = await db.Participations.AsNoTracking().Include(p => p.Events).Where(p => p.CohortId == cohortId).ToListAsync(ct);
        var statusAt = participations
            .Select(p => (p, last: p.Events.Where(e => e.Date <= at).OrderBy(e => e.Date).ThenBy(e => e.RecordedAtUtc).LastOrDefault()))
            .Where(x => x.last is not null).ToList();
        var participating = statusAt.Where(x => x.last!.Status == ParticipationStatus.Accepted).Select(x => x.p).ToList();
        var territories = new TerritoriesReport(cohort.TargetTerritoryCount, participating.Count,
            [.. Enum.GetValues<ParticipationStatus>().Select(s => new CountDto(s.ToString(), Participation.Label(s), statusAt.Count(x => x.last!.Status == s)))],
            Group(participating, p => p.TerritoryRegion.ToString(), p => FrenchLabels.Label(p.TerritoryRegion)),
            Group(participating, p => p.TerritoryKind.ToString(), p => FrenchLabels.Label(p.TerritoryKind)),
            Group(participating, p => p.TerritoryCarrierKind.ToString(), p => FrenchLabels.Label(p.TerritoryCarrierKind)));

        // Binômes by the members' own dates (joined, left).
        var members = await db.PairMembers.AsNoTracking().Where(m => m.CohortId == cohortId && m.FromDate <= at)
            .Select(m => new { m.PairId, m.FromDate, m.UntilDate }).ToListAsync(ct);
        var byPair = members.GroupBy(m => m.PairId).ToList();
        var complete = byPair.Count(g => g.Count(m => m.UntilDate is null || m.UntilDate > at) >= 2);
        var binomes = new BinomesReport(byPair.Count, complete, byPair.Count - complete,
            members.Count(m => m.UntilDate <= at),
            byPair.Sum(g => g.Count(m => m.FromDate > g.Min(x => x.FromDate))));

        // Sessions held by then and their attendance (the same computation as the attendance read model).
        var rates = await attendance.ReadAsync(cohortId, atUtc, ct);
        var planned = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Status == Domain.Sessions.SessionStatus.Planned).ToListAsync(ct);
        var recorded = rates.Sessions.Where(s => s.Recorded).ToList();
        var sessions = new SessionsReport(rates.Sessions.Count, planned.Count(s => s.StartsAtUtc is null || s.StartsAtUtc > atUtc), rates.SessionsNotRecorded,
            recorded.Count == 0 ? 0 : Math.Round(recorded.Average(s => s.PresenceRate), 4),
            recorded.Count == 0 ? 0 : Math.Round(recorded.Average(s => s.PresenceRateExcusedLeftOut), 4),
            [.. recorded.Select(s => new SessionLine(s.Code, planned.Single(x => x.Id == s.SessionId).Title, s.StartsAt, s.Expected, s.Present, s.Excused,
                s.PresenceRate, s.PresenceRateExcusedLeftOut, s.TerritoriesExpected, s.TerritoriesRepresented))],
            [.. rates.Territories.Select(t => new TerritoryAttendanceLine(t.TerritoryName, t.SessionsExpected, t.SessionsRepresented, t.SessionsExcused,
                t.PresenceRate, t.PresenceRateExcusedLeftOut))]);

        // Individual follow-up: counts only.
        var contacts = await db.FollowUpEntries.AsNoTracking().Where(e => e.CohortId == cohortId && e.Date <= at)
            .GroupBy(e => e.TerritoryId).Select(g => new { TerritoryId = g.Key, Count = g.Count(), Last = g.Max(e => e.Date) })
            .ToDictionaryAsync(x => x.TerritoryId, ct);
        var limit = at.AddDays(-cohort.ContactCadenceDays);
        var followUpLines = participating.OrderBy(p => p.TerritoryName, StringComparer.Ordinal).Select(p =>
        {
            var c = contacts.GetValueOrDefault(p.TerritoryId);
            return new FollowUpLine(p.TerritoryName, c?.Count ?? 0, c?.Last, c is null || c.Last < limit);
        }).ToList();
        var followUp = new FollowUpReport(cohort.ContactCadenceDays, followUpLines.Sum(l => l.Contacts), followUpLines.Count(l => l.BeyondCadence), followUpLines);

        // Roadmaps: each one's state at the day, read from its submitted versions.
        var roadmaps = await db.Roadmaps.AsNoTracking().Where(r => r.CohortId == cohortId)
            .Select(r => new { r.Id, r.TerritoryId, r.UpdatedAtUtc }).ToDictionaryAsync(r => r.TerritoryId, ct);
        // A version reviewed on a given day was submitted by then, whenever it was typed in.
        var versions = (await db.RoadmapVersions.AsNoTracking().Where(v => v.CohortId == cohortId
            && (v.SubmittedAtUtc <= atUtc || v.DecidedAtUtc <= atUtc)).ToListAsync(ct)).ToLookup(v => v.RoadmapId);
        var states = participating.Select(p =>
        {
            var roadmap = roadmaps.GetValueOrDefault(p.TerritoryId);
            if (roadmap is null) return "NotStarted";
            var everValidated = versions[roadmap.Id].Any(v => v.Outcome == ReviewOutcome.Validated && v.DecidedAtUtc <= atUtc);
            var latest = versions[roadmap.Id].OrderBy(v => v.Number).LastOrDefault();
            if (latest is null) return roadmap.UpdatedAtUtc <= atUtc ? nameof(RoadmapStatus.Draft) : "NotStarted";
            if (latest.DecidedAtUtc is null || latest.DecidedAtUtc > atUtc) return everValidated ? nameof(RoadmapStatus.Validated) : nameof(RoadmapStatus.Submitted);
            return latest.Outcome == ReviewOutcome.Validated || everValidated ? nameof(RoadmapStatus.Validated) : nameof(RoadmapStatus.ChangesRequested);
        }).ToList();
        var roadmapReport = new RoadmapsReport(states.Count(s => s == nameof(RoadmapStatus.Validated)),
            [.. RoadmapStates.Select(s => new CountDto(s, Labels.RoadmapState(s), states.Count(x => x == s)))]);

        // Committee decisions recorded by then, each with its status at the day (replayed from its history).
        var committees = await db.Committees.AsNoTracking().Where(c => c.CohortId == cohortId).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        // A decision exists from its meeting's date — the programme's date, not the day it was typed in.
        var meetingDates = await db.CommitteeMeetings.AsNoTracking().Where(m => m.CohortId == cohortId).ToDictionaryAsync(m => m.Id, m => m.StartsAtUtc, ct);
        var decisions = (await db.Decisions.AsNoTracking().Where(d => d.CohortId == cohortId).ToListAsync(ct))
            .Where(d => meetingDates.TryGetValue(d.MeetingId, out var held) ? held <= atUtc : d.RecordedAtUtc <= atUtc).ToList();
        var withStatus = decisions.Select(d => (d, status: d.History.Where(h => h.ChangedAtUtc <= atUtc).Select(h => h.To).DefaultIfEmpty(DecisionStatus.Open).Last())).ToList();
        var decisionReport = new DecisionsReport(
            withStatus.Count(x => x.status == DecisionStatus.Open), withStatus.Count(x => x.status == DecisionStatus.InProgress),
            withStatus.Count(x => x.status == DecisionStatus.Done), withStatus.Count(x => x.status == DecisionStatus.Dropped),
            [.. withStatus.Where(x => x.status is DecisionStatus.Open or DecisionStatus.InProgress).OrderBy(x => x.d.DueDate ?? DateOnly.MaxValue)
                .Select(x => new DecisionLine(committees.GetValueOrDefault(x.d.CommitteeId, ""), x.d.Text, x.d.Owner, x.d.DueDate, Labels.Decision(x.status)))]);

        // What comes next: sessions and milestone meetings after the day.
        var meetings = await db.CommitteeMeetings.AsNoTracking().Where(m => m.CohortId == cohortId && m.Milestone != null && m.Status == MeetingStatus.Planned).ToListAsync(ct);
        var milestones = planned.Where(s => s.StartsAtUtc > atUtc).Select(s => new MilestoneLine($"Session {s.Code} — {s.Title}", FrenchTime.ToParis(s.StartsAtUtc!.Value)))
            .Concat(meetings.Where(m => m.StartsAtUtc > atUtc).Select(m => new MilestoneLine(m.Title, FrenchTime.ToParis(m.StartsAtUtc))))
            .OrderBy(m => m.Date).ToList();

        // Participants' answers to the questionnaires of the sessions held by then.
        var held = recorded.Select(s => s.SessionId).ToList();
        var tallies = await SessionFeedbackTally.OfAsync(db, held, ct);
        var feedback = new FeedbackReport([.. recorded.Select(s => (Line: s, Tally: tallies.GetValueOrDefault(s.SessionId)))
            .Select(x => new FeedbackLine(x.Line.Code, planned.Single(p => p.Id == x.Line.SessionId).Title, x.Line.Present, x.Tally?.Answers ?? 0,
                x.Tally?.ContentAverage, x.Tally?.WorkshopAverage, x.Tally?.GuestAverage))]);

        // Maturity: the binômes' placings made by then, and the moves of the territories placed at both moments.
        var placings = await db.MaturityAssessments.AsNoTracking().Where(a => a.CohortId == cohortId && a.AssessedAtUtc <= atUtc)
            .Select(a => new { a.TerritoryId, a.Moment, a.Stage }).ToListAsync(ct);
        var start = placings.Where(p => p.Moment == Domain.Evaluation.AssessmentMoment.Start).ToDictionary(p => p.TerritoryId, p => p.Stage);
        var end = placings.Where(p => p.Moment == Domain.Evaluation.AssessmentMoment.End).ToDictionary(p => p.TerritoryId, p => p.Stage);
        var moves = end.Where(e => start.ContainsKey(e.Key)).Select(e => (From: start[e.Key], To: e.Value)).ToList();
        var maturity = new MaturityReport(
            [.. Enum.GetValues<Domain.Evaluation.MaturityStage>().Select(s => new MaturityLine(Domain.Evaluation.MaturityScale.Label(s),
                start.Values.Count(v => v == s), end.Values.Count(v => v == s)))],
            [.. moves.GroupBy(m => m).OrderBy(g => g.Key.From).ThenBy(g => g.Key.To)
                .Select(g => new MaturityMove(Domain.Evaluation.MaturityScale.Label(g.Key.From), Domain.Evaluation.MaturityScale.Label(g.Key.To), g.Count()))],
            moves.Count(m => m.To > m.From), moves.Count(m => m.To == m.From), moves.Count(m => m.To < m.From));

        return new ProgressReportDto(cohortId, cohort.Title, at, territories, binomes, sessions, followUp, roadmapReport, decisionReport, milestones, feedback, maturity);
    }

    private static List<CountDto> Group(IEnumerable<Participation> items, Func<Participation, string> key, Func<Participation, string> label) =>
        [.. items.GroupBy(key).Select(g => new CountDto(g.Key, label(g.First()), g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal)];
}

internal static class Labels
{
    public static string RoadmapState(string state) => state switch
    {
        "NotStarted" => "Non commencée",
        "Draft" => "Brouillon",
        "Submitted" => "Soumise",
        "ChangesRequested" => "Modifications demandées",
        "Validated" => "Validée",
        _ => state,
    };

    public static string Decision(DecisionStatus status) => Committees.CommitteeLabels.Status(status);
}
