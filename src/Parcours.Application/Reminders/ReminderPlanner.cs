using Microsoft.EntityFrameworkCore;
using Parcours.Application.Committees;
using Parcours.Application.Common;
using Parcours.Application.FollowUps;
using Parcours.Application.Pairs;
using Parcours.Application.People;
using Parcours.Application.Sessions;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

/// <summary>
/// Keeps the reminders in step with the data. Each plan works out the reminders an item should have
/// now (from the cohort's rules), adds the missing ones, withdraws the ones no longer wanted (a session
/// moved or cancelled, a member gone) and restores those wanted again. Called by the listeners of the
/// other modules' events (PlanOnEvents), inside the transaction of the change; the unit of work saves.
/// What it knows of other modules' items comes through their contracts (ISessionFacts…), never their tables.
/// A reminder whose moment is already past when it is planned is not created: a session dated three
/// days ahead gets its J-1, not a late J-7.
/// </summary>
internal sealed class ReminderPlanner(
    IParcoursDbContext db, TimeProvider clock, ISessionFacts sessionFacts, IPairFacts pairFacts, IFollowUpFacts followUps, ICommitteeFacts committees,
    IPeopleFacts people, IReminderDispatchTrigger trigger)
{
    // A delayed dispatch for each new due moment, up to this many per change: the recurring poll covers the rest.
    private const int DueMomentsAsked = 20;

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
        await PlanMeetingsAsync(cohortId, null, ct);
        await PlanNextStepsAsync(cohortId, null, ct);
    }

    /// <summary>
    /// Someone joined or left a binôme: the sessions still to come and the roadmap deadline follow them.
    /// Only that person's session reminders and that binôme's roadmap reminders are looked at, so that
    /// the cost of a change does not grow with the size of the cohort.
    /// </summary>
    public async Task PlanMembershipChangeAsync(Guid cohortId, Guid pairId, Guid personId, CancellationToken ct)
    {
        await PlanSessionsAsync(cohortId, null, ct, [personId]);
        await PlanRoadmapsAsync(cohortId, ct, pairId);
    }

    /// <summary>Sessions J-7 and J-1 to the cohort's current catalysts and to the speakers known as people.</summary>
    public async Task PlanSessionsAsync(Guid cohortId, Guid? sessionId, CancellationToken ct, IReadOnlyCollection<Guid>? onlyPeople = null)
    {
        var settings = await SettingsAsync(cohortId, ct);
        var sessions = await sessionFacts.OfCohortAsync(cohortId, sessionId, ct);
        var catalysts = await pairFacts.CurrentCatalystsAsync(cohortId, onlyPeople, ct);
        var wanted = new List<Wanted>();
        foreach (var session in sessions.Where(s => s is { Planned: true, StartsAtUtc: not null }))
        {
            var start = session.StartsAtUtc!.Value;
            var recipients = catalysts.Concat(session.SpeakerPersonIds).Where(p => onlyPeople == null || onlyPeople.Contains(p)).Distinct().ToList();
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
        var pairs = await pairFacts.OfCohortAsync(cohortId, onlyPair, ct);
        var wanted = new List<Wanted>();
        if (settings.RoadmapDeadline is { } deadline)
        {
            var coachesOf = (await followUps.CoachesOnAsync(cohortId, deadline, ct)).ToLookup(c => c.TerritoryId, c => c.CoachPersonId);
            var endOfDeadline = AtParis(deadline.AddDays(1), TimeOnly.MinValue);
            foreach (var pair in pairs)
            {
                var recipients = pair.CurrentMemberIds.Concat(coachesOf[pair.TerritoryId]).Distinct().ToList();
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

    /// <summary>Committee meetings J-10 to the members who sit on the committee that day; a meeting cancelled or deleted is reminded of no more.</summary>
    public async Task PlanMeetingsAsync(Guid cohortId, Guid? meetingId, CancellationToken ct)
    {
        var settings = await SettingsAsync(cohortId, ct);
        var meetings = await committees.PlannedOfCohortAsync(cohortId, meetingId, ct);
        var wanted = new List<Wanted>();
        if (settings.CommitteeMeetingDays is { } days)
        {
            foreach (var meeting in meetings)
            {
                var due = meeting.StartsAtUtc.AddDays(-days);
                wanted.AddRange(meeting.MemberPersonIds.Select(p => new Wanted(ReminderRule.CommitteeMeeting, meeting.Id, p, due, Expiry(due, meeting.StartsAtUtc))));
            }
        }
        await ReconcileAsync(db.Reminders.Where(r => r.CohortId == cohortId && r.Rule == ReminderRule.CommitteeMeeting && (meetingId == null || r.ItemId == meetingId)),
            cohortId, wanted, allowPastDue: false, ct);
    }

    /// <summary>Next steps with a known owner, the day before they fall due (at 9:00); done ones are withdrawn.</summary>
    public async Task PlanNextStepsAsync(Guid cohortId, Guid? entryId, CancellationToken ct)
    {
        var settings = await SettingsAsync(cohortId, ct);
        var steps = await followUps.NextStepsAsync(cohortId, entryId, ct);
        var wanted = new List<Wanted>();
        if (settings.NextStepDays is { } days)
        {
            foreach (var step in steps.Where(s => s is { OwnerPersonId: not null, Done: false }))
            {
                var due = AtParis(step.DueDate.AddDays(-days), MorningReminder);
                wanted.Add(new Wanted(ReminderRule.NextStepDue, step.Id, step.OwnerPersonId!.Value, due, Expiry(due, AtParis(step.DueDate.AddDays(1), TimeOnly.MinValue))));
            }
        }
        // A step an edit removed is gone from the facts: its reminder, left scheduled, is skipped when it falls due (« n'existe plus »).
        var ids = steps.Select(s => s.Id).ToList();
        await ReconcileAsync(db.Reminders.Where(r => r.Rule == ReminderRule.NextStepDue && ids.Contains(r.ItemId)), cohortId, wanted, allowPastDue: false, ct);
    }

    /// <summary>
    /// After an attendance sheet: every catalyst absent (not excused) from this session and from the
    /// cohort's previous held session raises one alert to each coordinator known as a person.
    /// </summary>
    public async Task PlanAbsenceAlertsAsync(Guid cohortId, Guid sessionId, CancellationToken ct)
    {
        var session = (await sessionFacts.OfCohortAsync(cohortId, sessionId, ct)).SingleOrDefault();
        if (session?.StartsAtUtc is not { } start) return;
        var settings = await SettingsAsync(cohortId, ct);
        var wanted = new List<Wanted>();
        if (settings.TwoAbsencesAlert)
        {
            var absentTwice = await sessionFacts.AbsentTwiceInARowAsync(sessionId, ct);
            if (absentTwice.Count > 0)
            {
                var coordinators = await people.CoordinatorsAsync(ct);
                // Recorded after the fact, an alert still has to reach someone: it lives two weeks from now.
                var now = clock.GetUtcNow().UtcDateTime;
                var expires = (now > start ? now : start).AddDays(14);
                wanted.AddRange(absentTwice.SelectMany(absent => coordinators.Select(c => new Wanted(ReminderRule.TwoAbsences, absent, c, start, expires))));
            }
        }
        await ReconcileAsync(db.Reminders.Where(r => r.CohortId == cohortId && r.Rule == ReminderRule.TwoAbsences && r.DueAtUtc == start),
            cohortId, wanted, allowPastDue: true, ct);
    }

    private async Task ReconcileAsync(IQueryable<Reminder> scope, Guid cohortId, List<Wanted> wanted, bool allowPastDue, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = (await scope.ToListAsync(ct)).ToDictionary(r => new Wanted(r.Rule, r.ItemId, r.RecipientPersonId, r.DueAtUtc, default));
        var keep = new HashSet<Wanted>();
        var moments = new HashSet<DateTime>();
        foreach (var w in wanted)
        {
            var key = w with { ExpiresAtUtc = default };
            if (!keep.Add(key)) continue;
            if (existing.TryGetValue(key, out var reminder))
            {
                if (w.ExpiresAtUtc > now && reminder.Status == ReminderStatus.Cancelled)
                {
                    reminder.Restore(w.ExpiresAtUtc, now);
                    moments.Add(reminder.DueAtUtc < now ? now : reminder.DueAtUtc);
                }
                continue;
            }
            if (w.ExpiresAtUtc <= now || (!allowPastDue && w.DueAtUtc < now)) continue;
            db.Reminders.Add(new Reminder(w.Rule, cohortId, w.ItemId, w.PersonId, w.DueAtUtc, w.ExpiresAtUtc, now));
            moments.Add(w.DueAtUtc < now ? now : w.DueAtUtc);
        }
        // Asked once the change commits: a dispatch that ran before would not see the new reminders.
        foreach (var moment in moments.Order().Take(DueMomentsAsked))
        {
            db.AfterCommit(() => trigger.RequestDispatchAt(moment));
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
