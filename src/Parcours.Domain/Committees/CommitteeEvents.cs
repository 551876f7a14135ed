using Parcours.Domain.Common;

namespace Parcours.Domain.Committees;

public sealed record CommitteeMemberSeated(Guid CohortId, Guid CommitteeId) : IDomainEvent;

public sealed record CommitteeMemberUnseated(Guid CohortId, Guid CommitteeId) : IDomainEvent;

public sealed record MeetingPlanned(Guid CohortId, Guid MeetingId) : IDomainEvent;

public sealed record MeetingRescheduled(Guid CohortId, Guid MeetingId) : IDomainEvent;

public sealed record MeetingCancelled(Guid CohortId, Guid MeetingId) : IDomainEvent;

public sealed record MeetingDeleted(Guid CohortId, Guid MeetingId) : IDomainEvent;
