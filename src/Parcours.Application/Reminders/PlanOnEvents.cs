using Parcours.Application.Common;
using Parcours.Domain.Committees;
using Parcours.Domain.FollowUps;
using Parcours.Domain.Pairs;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Reminders;

// The other modules announce what changed; the reminders follow, in the same transaction. None of
// those modules knows that reminders exist (an architecture test holds them to it).

internal sealed class PlanOnSessionScheduled(ReminderPlanner planner) : DomainEventHandler<SessionScheduled>
{
    protected override Task Handle(SessionScheduled e, CancellationToken ct) => planner.PlanSessionsAsync(e.CohortId, e.SessionId, ct);
}

/// <summary>The speakers may have changed: they are reminded as the catalysts are.</summary>
internal sealed class PlanOnSessionDescribed(ReminderPlanner planner) : DomainEventHandler<SessionDescribed>
{
    protected override Task Handle(SessionDescribed e, CancellationToken ct) => planner.PlanSessionsAsync(e.CohortId, e.SessionId, ct);
}

internal sealed class PlanOnSessionCancelled(ReminderPlanner planner) : DomainEventHandler<SessionCancelled>
{
    protected override Task Handle(SessionCancelled e, CancellationToken ct) => planner.PlanSessionsAsync(e.CohortId, e.SessionId, ct);
}

internal sealed class PlanOnAttendanceRecorded(ReminderPlanner planner) : DomainEventHandler<AttendanceRecorded>
{
    protected override Task Handle(AttendanceRecorded e, CancellationToken ct) => planner.PlanAbsenceAlertsAsync(e.CohortId, e.SessionId, ct);
}

internal sealed class PlanOnPairMemberJoined(ReminderPlanner planner) : DomainEventHandler<PairMemberJoined>
{
    protected override Task Handle(PairMemberJoined e, CancellationToken ct) => planner.PlanMembershipChangeAsync(e.CohortId, e.PairId, e.PersonId, ct);
}

internal sealed class PlanOnPairMemberLeft(ReminderPlanner planner) : DomainEventHandler<PairMemberLeft>
{
    protected override Task Handle(PairMemberLeft e, CancellationToken ct) => planner.PlanMembershipChangeAsync(e.CohortId, e.PairId, e.PersonId, ct);
}

internal sealed class PlanOnNextStepsPlanned(ReminderPlanner planner) : DomainEventHandler<NextStepsPlanned>
{
    protected override Task Handle(NextStepsPlanned e, CancellationToken ct) => planner.PlanNextStepsAsync(e.CohortId, e.EntryId, ct);
}

internal sealed class PlanOnNextStepDone(ReminderPlanner planner) : DomainEventHandler<NextStepDone>
{
    protected override Task Handle(NextStepDone e, CancellationToken ct) => planner.PlanNextStepsAsync(e.CohortId, e.EntryId, ct);
}

/// <summary>Coaches receive the roadmap deadline's reminders in copy.</summary>
internal sealed class PlanOnCoachAssigned(ReminderPlanner planner) : DomainEventHandler<CoachAssigned>
{
    protected override Task Handle(CoachAssigned e, CancellationToken ct) => planner.PlanRoadmapsAsync(e.CohortId, ct);
}

internal sealed class PlanOnCoachAssignmentEnded(ReminderPlanner planner) : DomainEventHandler<CoachAssignmentEnded>
{
    protected override Task Handle(CoachAssignmentEnded e, CancellationToken ct) => planner.PlanRoadmapsAsync(e.CohortId, ct);
}

internal sealed class PlanOnCommitteeMemberSeated(ReminderPlanner planner) : DomainEventHandler<CommitteeMemberSeated>
{
    protected override Task Handle(CommitteeMemberSeated e, CancellationToken ct) => planner.PlanMeetingsAsync(e.CohortId, null, ct);
}

internal sealed class PlanOnCommitteeMemberUnseated(ReminderPlanner planner) : DomainEventHandler<CommitteeMemberUnseated>
{
    protected override Task Handle(CommitteeMemberUnseated e, CancellationToken ct) => planner.PlanMeetingsAsync(e.CohortId, null, ct);
}

internal sealed class PlanOnMeetingPlanned(ReminderPlanner planner) : DomainEventHandler<MeetingPlanned>
{
    protected override Task Handle(MeetingPlanned e, CancellationToken ct) => planner.PlanMeetingsAsync(e.CohortId, e.MeetingId, ct);
}

internal sealed class PlanOnMeetingRescheduled(ReminderPlanner planner) : DomainEventHandler<MeetingRescheduled>
{
    protected override Task Handle(MeetingRescheduled e, CancellationToken ct) => planner.PlanMeetingsAsync(e.CohortId, e.MeetingId, ct);
}

internal sealed class PlanOnMeetingCancelled(ReminderPlanner planner) : DomainEventHandler<MeetingCancelled>
{
    protected override Task Handle(MeetingCancelled e, CancellationToken ct) => planner.PlanMeetingsAsync(e.CohortId, e.MeetingId, ct);
}

internal sealed class PlanOnMeetingDeleted(ReminderPlanner planner) : DomainEventHandler<MeetingDeleted>
{
    protected override Task Handle(MeetingDeleted e, CancellationToken ct) => planner.PlanMeetingsAsync(e.CohortId, e.MeetingId, ct);
}
