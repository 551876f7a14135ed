namespace Parcours.Application.Common.Access;

/// <summary>
/// The caller's standing in one cohort — the one place that answers « who is this caller here »:
/// coordinator (everything), coach of some territories today, member of the current binôme of some
/// territories, member today of one of the cohort's committees. Worked out once per request and cohort
/// (<see cref="CallerAccess.StandingAsync"/>) in at most four queries, whatever the cohort's size; the
/// modules' rules (roadmaps, follow-up) read it rather than asking the database again.
/// </summary>
internal sealed class CohortStanding(bool coordinator, IReadOnlySet<Guid> coached, IReadOnlySet<Guid> own, bool committee)
{
    public bool IsCoordinator { get; } = coordinator;
    /// <summary>Territories the caller accompanies today as a coach.</summary>
    public IReadOnlySet<Guid> Coached { get; } = coached;
    /// <summary>Territories whose current binôme the caller sits in.</summary>
    public IReadOnlySet<Guid> Own { get; } = own;
    /// <summary>Whether the caller sits today on one of the cohort's committees.</summary>
    public bool OnCommittee { get; } = committee;

    public bool Coaches(Guid territoryId) => Coached.Contains(territoryId);

    public bool IsPairOf(Guid territoryId) => Own.Contains(territoryId);

    public static CohortStanding Coordinator { get; } = new(true, new HashSet<Guid>(), new HashSet<Guid>(), false);
}
