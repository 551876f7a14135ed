using Parcours.Domain.Common;

namespace Parcours.Domain.Sessions;

/// <summary>A session was dated for the first time or moved.</summary>
public sealed record SessionScheduled(Guid CohortId, Guid SessionId) : IDomainEvent;

/// <summary>A session's details changed (its speakers among them).</summary>
public sealed record SessionDescribed(Guid CohortId, Guid SessionId) : IDomainEvent;

public sealed record SessionCancelled(Guid CohortId, Guid SessionId) : IDomainEvent;

/// <summary>Someone's presence, absence or apology at a session was recorded.</summary>
public sealed record AttendanceRecorded(Guid CohortId, Guid SessionId) : IDomainEvent;
