using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Roadmaps;

/// <summary>
/// Who may do what with one territory's roadmap: the binôme writes and submits it; coordinators and
/// the territory's coaches read drafts, comment and review; committee members of the cohort read
/// validated versions only. Anyone else — another territory's catalyst included — gets 404.
/// </summary>
internal sealed class RoadmapScope
{
    private RoadmapScope(bool coordinator, bool coach, bool pair, bool committee)
    {
        IsCoordinator = coordinator;
        IsCoach = coach;
        IsPair = pair;
        IsCommittee = committee;
    }

    public bool IsCoordinator { get; }
    public bool IsCoach { get; }
    public bool IsPair { get; }
    public bool IsCommittee { get; }
    public bool CanReview => IsCoordinator || IsCoach;
    public bool CanReadDrafts => IsCoordinator || IsCoach || IsPair;
    public bool CanReadValidated => CanReadDrafts || IsCommittee;

    public static async Task<RoadmapScope> ForAsync(IParcoursDbContext db, CallerAccess access, TimeProvider clock, Guid cohortId, Guid territoryId, CancellationToken ct)
    {
        if (!await db.Participations.AnyAsync(p => p.CohortId == cohortId && p.TerritoryId == territoryId, ct))
        {
            throw new NotFoundException("Cette feuille de route");
        }
        var scope = (await Cohort.ForAsync(access, cohortId, ct)).For(territoryId);
        if (!scope.CanReadValidated) throw new NotFoundException("Cette feuille de route");
        return scope;
    }

    /// <summary>The caller's standing in a whole cohort, computed in a fixed number of queries.</summary>
    internal sealed class Cohort(bool coordinator, IReadOnlySet<Guid> coached, IReadOnlySet<Guid> own, bool committee)
    {
        public RoadmapScope For(Guid territoryId) => new(coordinator, coached.Contains(territoryId), own.Contains(territoryId), committee);

        public static async Task<Cohort> ForAsync(CallerAccess access, Guid cohortId, CancellationToken ct)
        {
            if (access.IsCoordinator) return new Cohort(true, new HashSet<Guid>(), new HashSet<Guid>(), false);
            var coached = await access.CoachedTerritoriesAsync(cohortId, ct);
            var own = await access.OwnTerritoriesAsync(cohortId, ct);
            var committee = await access.SitsOnCommitteeOfAsync(cohortId, ct);
            return new Cohort(false, coached, own, committee);
        }
    }

    public void EnsureDrafts()
    {
        if (!CanReadDrafts) throw new NotFoundException("Cette feuille de route");
    }

    public void EnsurePair()
    {
        if (!IsPair) throw CanReadDrafts
            ? new Domain.Common.DomainRuleException("roadmap-pair-only", "Seul le binôme du territoire rédige sa feuille de route ; vous pouvez la commenter.")
            : new NotFoundException("Cette feuille de route");
    }

    public void EnsureReviewer()
    {
        if (!CanReview) throw CanReadDrafts
            ? new Domain.Common.DomainRuleException("roadmap-reviewer-only", "La relecture revient à la coordination et aux accompagnateurs du territoire.")
            : new NotFoundException("Cette feuille de route");
    }
}
