using MediatR;
using Parcours.Application.Common;
using Parcours.Domain.Committees;
using Parcours.Domain.FollowUps;
using Parcours.Domain.Pairs;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Reminders;

/// <summary>
/// The other modules announce what changed; the reminders follow, in the same transaction. None of
/// those modules knows that reminders exist (an architecture test holds them to it). One listener for
/// every event, one line each: what follows from each fact reads in one place.
/// </summary>
internal sealed class PlanOnEvents(ReminderPlanner planner) :
    INotificationHandler<Announced<SessionScheduled>>,
    INotificationHandler<Announced<SessionDescribed>>,
    INotificationHandler<Announced<SessionCancelled>>,
    INotificationHandler<Announced<AttendanceRecorded>>,
    INotificationHandler<Announced<PairMemberJoined>>,
    INotificationHandler<Announced<PairMemberLeft>>,
    INotificationHandler<Announced<NextStepsPlanned>>,
    INotificationHandler<Announced<NextStepDone>>,
    INotificationHandler<Announced<CoachAssigned>>,
    INotificationHandler<Announced<CoachAssignmentEnded>>,
    INotificationHandler<Announced<CommitteeMemberSeated>>,
    INotificationHandler<Announced<CommitteeMemberUnseated>>,
    INotificationHandler<Announced<MeetingPlanned>>,
    INotificationHandler<Announced<MeetingRescheduled>>,
    INotificationHandler<Announced<MeetingCancelled>>,
    INotificationHandler<Announced<MeetingDeleted>>
{
    public Task Handle(Announced<SessionScheduled> n, CancellationToken ct) => planner.PlanSessionsAsync(n.Event.CohortId, n.Event.SessionId, ct);

    // The speakers may have changed: they are reminded as the catalysts are.
    public Task Handle(Announced<SessionDescribed> n, CancellationToken ct) => planner.PlanSessionsAsync(n.Event.CohortId, n.Event.SessionId, ct);

    public Task Handle(Announced<SessionCancelled> n, CancellationToken ct) => planner.PlanSessionsAsync(n.Event.CohortId, n.Event.SessionId, ct);

    public Task Handle(Announced<AttendanceRecorded> n, CancellationToken ct) => planner.PlanAbsenceAlertsAsync(n.Event.CohortId, n.Event.SessionId, ct);

    public Task Handle(Announced<PairMemberJoined> n, CancellationToken ct) =>
        planner.PlanMembershipChangeAsync(n.Event.CohortId, n.Event.PairId, n.Event.PersonId, ct);

    public Task Handle(Announced<PairMemberLeft> n, CancellationToken ct) =>
        planner.PlanMembershipChangeAsync(n.Event.CohortId, n.Event.PairId, n.Event.PersonId, ct);

    public Task Handle(Announced<NextStepsPlanned> n, CancellationToken ct) => planner.PlanNextStepsAsync(n.Event.CohortId, n.Event.EntryId, ct);

    public Task Handle(Announced<NextStepDone> n, CancellationToken ct) => planner.PlanNextStepsAsync(n.Event.CohortId, n.Event.EntryId, ct);

    // Coaches receive the roadmap deadline's reminders in copy.
    public Task Handle(Announced<CoachAssigned> n, CancellationToken ct) => planner.PlanRoadmapsAsync(n.Event.CohortId, ct);

    public Task Handle(Announced<CoachAssignmentEnded> n, CancellationToken ct) => planner.PlanRoadmapsAsync(n.Event.CohortId, ct);

    public Task Handle(Announced<CommitteeMemberSeated> n, CancellationToken ct) => planner.PlanMeetingsAsync(n.Event.CohortId, null, ct);

    public Task Handle(Announced<CommitteeMemberUnseated> n, CancellationToken ct) => planner.PlanMeetingsAsync(n.Event.CohortId, null, ct);

    public Task Handle(Announced<MeetingPlanned> n, CancellationToken ct) => planner.PlanMeetingsAsync(n.Event.CohortId, n.Event.MeetingId, ct);

    public Task Handle(Announced<MeetingRescheduled> n, CancellationToken ct) => planner.PlanMeetingsAsync(n.Event.CohortId, n.Event.MeetingId, ct);

    public Task Handle(Announced<MeetingCancelled> n, CancellationToken ct) => planner.PlanMeetingsAsync(n.Event.CohortId, n.Event.MeetingId, ct);

    public Task Handle(Announced<MeetingDeleted> n, CancellationToken ct) => planner.PlanMeetingsAsync(n.Event.CohortId, n.Event.MeetingId, ct);
}
