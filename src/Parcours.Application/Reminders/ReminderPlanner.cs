using Microsoft.EntityFrameworkCore;
using Parcours.Application.Accounts;
using Parcours.Application.Common;
using Parcours.Domain.Reminders;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Reminders;

/// <summary>
/// Keeps the reminders in step with the data. Each plan works out the reminders an item should have
/// now (from the cohort's rules), adds the missing ones, withdraws the ones no longer wanted (a session
/// moved or cancelled, a member gone) and restores those wanted again. Called by the commands that
/// change what reminders are about, inside their transaction; the caller saves.
/// A reminder whose moment is already past when it is planned is not created: a session dated three
/// days ahead gets its J-1, not a late J-7.
/// </summary>
internal sealed class ReminderPlanner(IParcoursDbContext db, TimeProvider clock, IAccountService accounts)
{
    private static readonly ReminderRule[] SessionRules = [ReminderRule.SessionEarly, ReminderRule.SessionEve];
    private static readonly ReminderRule[] RoadmapRules = [ReminderRule.RoadmapDeadlineNear, ReminderRule.RoadmapDeadlineMissed];
    private static readonly TimeOnly MorningReminder = new(9, 0);

    private readonly record struct Wanted(ReminderRule Rule, Guid ItemId, Guid PersonId, DateTime DueAtUtc, DateTime ExpiresAtUtc);

    public async Task<ReminderSettings> SettingsAsync(Guid cohortId, CancellationToken ct) =>
        await db.ReminderSettings.AsNoTracking().FirstOrDefaultAsync(s => s.CohortId == cohortId, ct) ?? new ReminderSettings(cohortId);

    /// <summary>Everything of a cohort, after its rules changed.</summary>
    public async Task PlanCohortAsync(Guid cohortId, CancellationToken ct)
    {
        await PlanSessionsAsync(cohortId, null, ct);
        await PlanRoadmapsAsync(cohortId, ct);
        await PlanMeetingsAsync(cohortId, ct);
        await PlanNextStepsAsync(cohortId, null, ct);
    }

    /// <summary>
    /// A binôme changed: the sessions still to come and the roadmap deadline follow its members. Only
    /// the reminders of its own members (present and past) are looked at, so that the cost of a change
    /// does not grow with the size of the cohort.
    /// </summary>
    public async Task PlanPairChangeAsync(Domain.Pairs.Pair pair, CancellationToken ct)
    {
        var people = pair.Members.Select(m => m.PersonId).Distinct().ToList();
        await PlanSessionsAsync(pair.CohortId, null, ct, people);
        await PlanRoadmapsAsync(pair.CohortId, ct, pair.Id);
    }

    /// <summary>Sessions J-7 and J-1 to the cohort's current catalysts and to the speakers known as people.</summary>
    public async Task PlanSessionsAsync(Guid cohortId, Guid? sessionId, CancellationToken ct, IReadOnlyCollection<Guid>? onlyPeople = null)
    {
        var settings = await SettingsAsync(cohortId, ct);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohortId && (sessionId == null || s.Id == sessionId)).ToListAsync(ct);
        var catalysts = await db.PairMembers.AsNoTracking()
            .Where(m => m.CohortId == cohortId && m.UntilDate == null && (onlyPeople == null || onlyPeople.Contains(m.PersonId)))
            .Select(m => m.PersonId).Distinct().ToListAsync(ct);
        var wanted = new List<Wanted>();
        foreach (var session in sessions.Where(s => s is { Status: SessionStatus.Planned, StartsAtUtc: not null }))
        {
            var start = session.StartsAtUtc!.Value;
            var recipients = catalysts.Concat(session.Speakers.Where(s => s.PersonId is not null).Select(s => s.PersonId!.Value))
                .Where(p => onlyPeople == null || onlyPeople.Contains(p)).Distinct().ToList();
            DateTime? eveDue = settings.SessionEveDays is { } eve ? start.AddDays(-eve) : null;
            if (eveDue is { } lastDue)
            {
                wanted.AddRange(recipients.Select(p => new Wanted(ReminderRule.SessionEve, session.Id, p, lastDue, Expiry(lastDue, start))));
            }
            if (settings.SessionEarlyDays is { } early)
            {
                // A first reminder that could not leave before the last one is due has lost its use:
                // nobody needs « in a week » and « tomorrow » in the same hour.
                var due = start.AddDays(-early);
                var until = eveDue is { } e && e > due ? e : start;
                wanted.AddRange(recipients.Select(p => new Wanted(ReminderRule.SessionEarly, session.Id, p, due, Expiry(due, until))));
            }
        }
        var ids = sessions.Select(s => s.Id).ToList();
        await ReconcileAsync(db.Reminders.Where(r => ids.Contains(r.ItemId) && SessionRules.Contains(r.Rule)
            && (onlyPeople == null || onlyPeople.Contains(r.RecipientPersonId))), cohortId, wanted, allowPastDue: false, ct);
    }

    /// <summary>The roadmap deadline, J-7 and the day after, to each current binôme with a copy to its coaches.</summary>
    public async Task PlanRoadmapsAsync(Guid cohortId, CancellationToken ct, Guid? onlyPair = null)
    {
        var settings = await SettingsAsync(cohortId, ct);
        var members = await db.PairMembers.AsNoTracking()
            .Where(m => m.CohortId == cohortId && m.UntilDate == null && (onlyPair == null || m.PairId == onlyPair))
            .Select(m => new { m.PairId, m.PersonId }).ToListAsync(ct);
        var pairs = await db.Pairs.AsNoTracking().Where(p => p.CohortId == cohortId && (onlyPair == null || p.Id == onlyPair))
            .Select(p => new { p.Id, p.TerritoryId }).ToListAsync(ct);
        var wanted = new List<Wanted>();
        if (settings.RoadmapDeadline is { } deadline)
        {
            var coaches = await db.CoachAssignments.AsNoTracking()
                .Where(a => a.CohortId == cohortId && a.FromDate <= deadline && (a.UntilDate == null || a.UntilDate >= deadline))
                .Select(a => new { a.TerritoryId, a.CoachPersonId }).ToListAsync(ct);
            var endOfDeadline = AtParis(deadline.AddDays(1), TimeOnly.MinValue);
            var membersOf = members.ToLookup(m => m.PairId, m => m.PersonId);
            var coachesOf = coaches.ToLookup(c => c.TerritoryId, c => c.CoachPersonId);
            foreach (var pair in pairs)
            {
                var recipients = membersOf[pair.Id].Concat(coachesOf[pair.TerritoryId]).Distinct().ToList();
                if (settings.RoadmapNearDays is { } near)
                {
                    var due = AtParis(deadline.AddDays(-near), MorningReminder);
                    wanted.AddRange(recipients.Select(p => new Wanted(ReminderRule.RoadmapDeadlineNear, pair.Id, p, due, Expiry(due, endOfDeadline))));
                }
                if (settings.RoadmapMissedDays is { } after)
                {
                    var due = AtParis(deadline.AddDays(Math.Max(after, 1)), MorningReminder);
                    wanted.AddRange(recipients.Select(p => new Wanted(ReminderRule.RoadmapDeadlineMissed, pair.Id, p, due, due.AddDays(7))));
                }
            }
        }
        await ReconcileAsync(db.Reminders.Where(r => r.CohortId == cohortId && RoadmapRules.Contains(r.Rule) && (onlyPair == null || r.ItemId == onlyPair)),
            cohortId, wanted, allowPastDue: false, ct);
    }

    /// <summary>Committee meetings J-10 to the members who sit on the committee that day.</summary>
    public async Task PlanMeetingsAsync(Guid cohortId, CancellationToken ct)
    {
        var settings = await SettingsAsync(cohortId, ct);
        // A cancelled meeting is reminded of no more: its reminders still to come are cancelled with the others not wanted.
        var meetings = await db.CommitteeMeetings.AsNoTracking().Where(m => m.CohortId == cohortId && m.Status == Domain.Committees.MeetingStatus.Planned)
            .Select(m => new { m.Id, m.CommitteeId, m.StartsAtUtc, m.Day }).ToListAsync(ct);
        var committeeIds = meetings.Select(m => m.CommitteeId).Distinct().ToList();
        var seats = await db.CommitteeSeats.AsNoTracking().Where(s => committeeIds.Contains(s.CommitteeId) && s.PersonId != null).ToListAsync(ct);
        var wanted = new List<Wanted>();
        if (settings.CommitteeMeetingDays is { } days)
        {
            foreach (var meeting in meetings)
            {
                var due = meeting.StartsAtUtc.AddDays(-days);
                wanted.AddRange(seats.Where(s => s.CommitteeId == meeting.CommitteeId && s.SitsOn(meeting.Day)).Select(s => s.PersonId!.Value).Distinct()
                    .Select(p => new Wanted(ReminderRule.CommitteeMeeting, meeting.Id, p, due, Expiry(due, meeting.StartsAtUtc))));
            }
        }
        await ReconcileAsync(db.Reminders.Where(r => r.CohortId == cohortId && r.Rule == ReminderRule.CommitteeMeeting), cohortId, wanted, allowPastDue: false, ct);
    }

    /// <summary>Next steps with a known owner, the day before they fall due (at 9:00); done ones are withdrawn.</summary>
    public async Task PlanNextStepsAsync(Guid cohortId, Guid? entryId, CancellationToken ct)
    {
        var settings = await SettingsAsync(cohortId, ct);
        var steps = await db.NextSteps.AsNoTracking().Where(s => s.CohortId == cohortId && (entryId == null || s.EntryId == entryId))
            .Select(s => new { s.Id, s.OwnerPersonId, s.DueDate, s.DoneAtUtc }).ToListAsync(ct);
        var wanted = new List<Wanted>();
        if (settings.NextStepDays is { } days)
        {
            foreach (var step in steps.Where(s => s.OwnerPersonId is not null && s.DoneAtUtc is null))
            {
                var due = AtParis(step.DueDate.AddDays(-days), MorningReminder);
                wanted.Add(new Wanted(ReminderRule.NextStepDue, step.Id, step.OwnerPersonId!.Value, due, Expiry(due, AtParis(step.DueDate.AddDays(1), TimeOnly.MinValue))));
            }
        }
        var ids = steps.Select(s => s.Id).ToList();
        await ReconcileAsync(db.Reminders.Where(r => r.Rule == ReminderRule.NextStepDue && ids.Contains(r.ItemId)), cohortId, wanted, allowPastDue: false, ct);
    }

    /// <summary>
    /// After an attendance sheet: every catalyst absent (not excused) from this session and from the
    /// cohort's previous held session raises one alert to each coordinator known as a person.
    /// </summary>
    public async Task PlanAbsenceAlertsAsync(CollectiveSession session, CancellationToken ct)
    {
        if (session.StartsAtUtc is not { } start) return;
        var settings = await SettingsAsync(session.CohortId, ct);
        var wanted = new List<Wanted>();
        var previous = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == session.CohortId && s.Status == SessionStatus.Planned && s.StartsAtUtc != null && s.StartsAtUtc < start)
            .OrderByDescending(s => s.StartsAtUtc).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        if (settings.TwoAbsencesAlert && previous is not null)
        {
            var absentTwice = await db.Attendances.AsNoTracking()
                .Where(a => a.SessionId == session.Id && a.Status == AttendanceStatus.Absent)
                .Where(a => db.Attendances.Any(p => p.SessionId == previous && p.PersonId == a.PersonId && p.Status == AttendanceStatus.Absent))
                .Select(a => a.PersonId).ToListAsync(ct);
            if (absentTwice.Count > 0)
            {
                var coordinatorAccounts = await accounts.UserIdsInRoleAsync(Roles.Coordinator, ct);
                var coordinators = await db.People.AsNoTracking().Where(p => p.UserId != null && coordinatorAccounts.Contains(p.UserId))
                    .Select(p => p.Id).ToListAsync(ct);
                // Recorded after the fact, an alert still has to reach someone: it lives two weeks from now.
                var now = clock.GetUtcNow().UtcDateTime;
                var expires = (now > start ? now : start).AddDays(14);
                wanted.AddRange(absentTwice.SelectMany(absent => coordinators.Select(c => new Wanted(ReminderRule.TwoAbsences, absent, c, start, expires))));
            }
        }
        await ReconcileAsync(db.Reminders.Where(r => r.CohortId == session.CohortId && r.Rule == ReminderRule.TwoAbsences && r.DueAtUtc == start),
            session.CohortId, wanted, allowPastDue: true, ct);
    }

    private async Task ReconcileAsync(IQueryable<Reminder> scope, Guid cohortId, List<Wanted> wanted, bool allowPastDue, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = (await scope.ToListAsync(ct)).ToDictionary(r => new Wanted(r.Rule, r.ItemId, r.RecipientPersonId, r.DueAtUtc, default));
        var keep = new HashSet<Wanted>();
        foreach (var w in wanted)
        {
            var key = w with { ExpiresAtUtc = default };
            if (!keep.Add(key)) continue;
            if (existing.TryGetValue(key, out var reminder))
            {
                if (w.ExpiresAtUtc > now) reminder.Restore(w.ExpiresAtUtc, now);
                continue;
            }
            if (w.ExpiresAtUtc <= now || (!allowPastDue && w.DueAtUtc < now)) continue;
            db.Reminders.Add(new Reminder(w.Rule, cohortId, w.ItemId, w.PersonId, w.DueAtUtc, w.ExpiresAtUtc, now));
        }
        foreach (var (key, reminder) in existing)
        {
            if (!keep.Contains(key)) reminder.Cancel(now);
        }
    }

    /// <summary>A reminder set at its item's very moment (an offset of 0 days) still gets an hour to go out.</summary>
    private static DateTime Expiry(DateTime due, DateTime natural) => natural > due ? natural : due.AddHours(1);

    private static DateTime AtParis(DateOnly day, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(time), DateTimeKind.Unspecified), FrenchTime.Paris);
}
