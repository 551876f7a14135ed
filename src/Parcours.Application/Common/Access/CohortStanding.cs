namespace Parcours.Application.Common.Access;

/// <summary>
/// The caller's standing in one cohort — the one place that answers « who is this caller here »:
/// coordinator (everything), coach of some territories today, member of the current binôme of some
/// territories, member today of one of the cohort's committees. Worked out once per request and cohort
/// (<see cref="CallerAccess.StandingAsync"/>) in at most four queries, whatever the cohort's size; the
/// modules' rules (roadmaps, follow-up) read it rather than asking the database again.
/// </summary>
internal sealed class CohortStanding(bool coordinator, IReadOnlySet<Guid> coached, IReadOnlySet<Guid> own, IReadOnlySet<Guid> committees)
{
    public bool IsCoordinator { get; } = coordinator;
    /// <summary>Territories the caller accompanies today as a coach.</summary>
    public IReadOnlySet<Guid> Coached { get; } = coached;
    /// <summary>Territories whose current binôme the caller sits in.</summary>
    public IReadOnlySet<Guid> Own { get; } = own;
    /// <summary>The cohort's committees where the caller holds a seat today (as a committee member).</summary>
    public IReadOnlySet<Guid> SeatedCommittees { get; } = committees;

    /// <summary>Whether the caller sits today on one of the cohort's committees.</summary>
    public bool OnCommittee => SeatedCommittees.Count > 0;

    /// <summary>
    /// Whether the caller reads the cohort itself — its territories, binômes, sessions and vote: the
    /// coordination, and the catalysts of its current binômes.
    /// </summary>
    public bool ReadsCohort => IsCoordinator || Own.Count > 0;

    /// <summary>Whether the caller takes part in the cohort on the ground: a catalyst of a current binôme, or a coach of one of its territories today.</summary>
    public bool InCommunity => Own.Count > 0 || Coached.Count > 0;

    /// <summary>Whether the caller may see that committee: coordinators all, members the ones they sit on today.</summary>
    public bool Sees(Guid committeeId) => IsCoordinator || SeatedCommittees.Contains(committeeId);

    public bool Coaches(Guid territoryId) => Coached.Contains(territoryId);

    public bool IsPairOf(Guid territoryId) => Own.Contains(territoryId);

    public static CohortStanding Coordinator { get; } = new(true, new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>());
}
