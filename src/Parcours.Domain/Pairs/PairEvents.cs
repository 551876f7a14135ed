using Parcours.Domain.Common;

namespace Parcours.Domain.Pairs;

public sealed record PairMemberJoined(Guid CohortId, Guid PairId, Guid PersonId) : IDomainEvent;

public sealed record PairMemberLeft(Guid CohortId, Guid PairId, Guid PersonId) : IDomainEvent;
