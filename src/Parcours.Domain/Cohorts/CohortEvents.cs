using Parcours.Domain.Common;

namespace Parcours.Domain.Cohorts;

/// <summary>
/// A cohort was created as the next edition of another, its dates moved by <paramref name="Shift"/>: modules
/// that keep settings per cohort carry theirs over (the reminders do).
/// </summary>
public sealed record CohortEditionCreated(Guid SourceCohortId, Guid CohortId, EditionShift Shift) : IDomainEvent;
