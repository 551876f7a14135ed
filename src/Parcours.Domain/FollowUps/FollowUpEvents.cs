using Parcours.Domain.Common;

namespace Parcours.Domain.FollowUps;

/// <summary>A note was written or edited: its open next steps are the ones it now lists.</summary>
public sealed record NextStepsPlanned(Guid CohortId, Guid EntryId) : IDomainEvent;

public sealed record NextStepDone(Guid CohortId, Guid EntryId, Guid StepId) : IDomainEvent;

public sealed record CoachAssigned(Guid CohortId, Guid TerritoryId, Guid CoachPersonId) : IDomainEvent;

public sealed record CoachAssignmentEnded(Guid CohortId, Guid TerritoryId, Guid CoachPersonId) : IDomainEvent;
